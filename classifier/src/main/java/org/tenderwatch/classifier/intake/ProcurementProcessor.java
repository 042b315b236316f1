package org.tenderwatch.classifier.intake;

import io.micrometer.core.instrument.Counter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.classifier.procurement.Judged;
import org.tenderwatch.classifier.procurement.ProcurementState;
import org.tenderwatch.classifier.publish.DeadLetters;
import org.tenderwatch.classifier.publish.Outcome;
import org.tenderwatch.classifier.publish.Outcomes;
import org.tenderwatch.classifier.supervise.RecordFailures;
import org.tenderwatch.events.DeadLetterFactory;
import org.tenderwatch.events.DeadLetterKind;
import org.tenderwatch.events.NoticeFetched;

import java.io.IOException;
import java.util.Optional;

/**
 * One fetched record in, one classified notice or one dead letter out, and the procurement's state updated, all in
 * the stream task's transaction. Bad input (not JSON, not a notice, one the classifier fails on, a result too large
 * to publish) is dead-lettered and the stream moves on; an {@link Error} is left to end the thread, whose supervisor
 * replaces it, until the same record has failed too often and is dead-lettered too.
 */
final class ProcurementProcessor implements Processor<String, String, String, Outcome> {

    private static final Logger LOG = LoggerFactory.getLogger(ProcurementProcessor.class);

    private final JsonMapper json;
    private final ProcurementJudge judge;
    private final Outcomes outcomes;
    private final DeadLetters deadLetters;
    private final DeadLetterFactory letters;
    private final RecordFailures failures;
    private final ClassificationMetrics metrics;
    private final Counter unreadableStates;
    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, ProcurementState> store;

    ProcurementProcessor(JsonMapper json, ProcurementJudge judge, Outcomes outcomes, DeadLetters deadLetters,
                         DeadLetterFactory letters, RecordFailures failures,
                         ClassificationMetrics metrics, Counter unreadableStates) {
        this.json = json;
        this.judge = judge;
        this.outcomes = outcomes;
        this.deadLetters = deadLetters;
        this.letters = letters;
        this.failures = failures;
        this.metrics = metrics;
        this.unreadableStates = unreadableStates;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.store = context.getStateStore(ProcurementTopology.STORE);
    }

    @Override
    public void process(Record<String, String> record) {
        String where = context.recordMetadata()
                .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("unknown position");
        Optional<RecordFailures.Failure> givenUp = failures.givenUp(where);
        if (givenUp.isPresent()) {
            forward(record, record.key(), deadLetters.keep(letters.letter(DeadLetterKind.REPEATED_FAILURE,
                    "took the classification down " + givenUp.get().attempts() + " times, the last with "
                            + givenUp.get().lastError() + " (" + where + ")", record.value())));
        } else {
            failures.starting(where, record.key());
            classify(record, where);
        }
        // Not reached when an Error ends the thread: the mark stays for the supervisor to charge to this record.
        failures.finished(where);
    }

    private void classify(Record<String, String> record, String where) {
        String key = record.key();
        String payload = record.value();
        NoticeFetched notice;
        try {
            notice = payload == null ? null : json.readValue(payload, NoticeFetched.class);
        } catch (IOException | RuntimeException e) {
            forward(record, key, deadLetters.keep(letters.letter(DeadLetterKind.INVALID_JSON,
                    "not a NoticeFetched in JSON: " + e.getMessage() + " (" + where + ")", payload)));
            return;
        }
        if (notice == null || notice.ocid() == null || notice.releaseId() == null) {
            forward(record, key, deadLetters.keep(letters.letter(DeadLetterKind.INVALID_NOTICE,
                    "notice without ocid or release id (" + where + ")", payload)
                    .about(notice == null ? null : notice.source(), null, null)));
            return;
        }
        ProcurementState known = known(notice.ocid());
        Judged judged;
        Outcome outcome;
        try {
            judged = metrics.latency().recordCallable(() -> judge.judge(known, notice));
            outcome = outcomes.classified(judged.classified(), payload, where);
        } catch (Exception e) {
            forward(record, key, deadLetters.keep(letters.letter(DeadLetterKind.CLASSIFIER_ERROR,
                    "classifier failed: " + e + " (" + where + ")", payload)
                    .about(notice.source(), notice.ocid(), notice.releaseId())));
            return;
        }
        store.put(notice.ocid(), judged.state());
        forward(record, notice.ocid(), outcome);
        if (!outcome.deadLetter()) {
            metrics.classified(judged.classified());
        }
    }

    /** A state that cannot be read (written by an incompatible version) is started afresh rather than losing the notice. */
    @Nullable
    private ProcurementState known(String ocid) {
        try {
            return store.get(ocid);
        } catch (RuntimeException e) {
            unreadableStates.increment();
            LOG.warn("the state of procurement {} cannot be read, it starts afresh: {}", ocid, e.toString());
            return null;
        }
    }

    private void forward(Record<String, String> record, @Nullable String key, Outcome outcome) {
        context.forward(record.withKey(key).withValue(outcome));
    }
}
