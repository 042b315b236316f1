package org.tenderwatch.fetcher.publish;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetterFactory;
import org.tenderwatch.events.DeadLetterKind;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.fetcher.deadletter.DeadLetters;
import org.tenderwatch.fetcher.link.CrossSourceLinks;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;
import org.tenderwatch.fetcher.supervision.Workers;
import org.tenderwatch.ocds.InvalidOcdsException;
import org.tenderwatch.ocds.Normalised;
import org.tenderwatch.ocds.ReleaseNormaliser;
import org.tenderwatch.ocds.StorableText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Publishes the releases of one window: each page's releases normalised into the window's spool as they are read,
 * then sent from the spool oldest first in bounded batches, so that one OCID's releases reach the topic in order,
 * each at most once per (source, release id) as far as the published_release table knows.
 */
@Singleton
public class ReleasePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(ReleasePublisher.class);

    private final ReleaseNormaliser normaliser;
    private final NoticeProducer producer;
    private final PublishedReleaseRepository published;
    private final PublishedReleases ledger;
    private final DeadLetters deadLetters;
    private final DeadLetterFactory letters;
    private final PublishSettings settings;
    private final FetcherMetrics metrics;
    private final JsonMapper json;
    private final Workers workers;
    private final CrossSourceLinks links;

    ReleasePublisher(ReleaseNormaliser normaliser, NoticeProducer producer, PublishedReleaseRepository published,
                     PublishedReleases ledger, DeadLetters deadLetters, DeadLetterFactory letters, PublishSettings settings, FetcherMetrics metrics,
                     JsonMapper json, Workers workers, CrossSourceLinks links) {
        this.workers = workers;
        this.links = links;
        this.normaliser = normaliser;
        this.producer = producer;
        this.published = published;
        this.ledger = ledger;
        this.deadLetters = deadLetters;
        this.letters = letters;
        this.settings = settings;
        this.metrics = metrics;
        this.json = json;
    }

    /**
     * One page's releases made ready to send: those published before left out first (a replay polled again reads only
     * those), the rest normalised (bad ones kept aside), linked to the same notice from other sources, and spooled.
     */
    public List<SpooledNotice> prepare(String source, List<FetchedRelease> releases) {
        Set<String> seen = published(source, releases);
        List<FetchedRelease> read = new ArrayList<>(releases.size());
        List<NoticeFetched> fresh = new ArrayList<>(releases.size());
        int skipped = 0;
        for (FetchedRelease fetched : releases) {
            if (seen.contains(ReleaseNormaliser.releaseId(fetched.release()))) {
                skipped++;
                continue;
            }
            NoticeFetched notice = normalise(source, fetched);
            if (notice != null) {
                read.add(fetched);
                fresh.add(notice);
            }
        }
        metrics.alreadyPublished(source, skipped);
        // Linked to the same notice from other sources, and remembered for theirs, before they wait in the spool.
        List<NoticeFetched> linked = links.linkAndRemember(source, fresh);
        List<SpooledNotice> spooled = new ArrayList<>(linked.size());
        for (int i = 0; i < linked.size(); i++) {
            SpooledNotice notice = spooled(source, read.get(i), linked.get(i));
            if (notice != null) {
                spooled.add(notice);
            }
        }
        return spooled;
    }

    private Set<String> published(String source, List<FetchedRelease> releases) {
        // An identity PostgreSQL cannot hold is not asked about: the normaliser refuses that release anyway.
        List<String> ids = releases.stream().map(f -> ReleaseNormaliser.releaseId(f.release()))
                .filter(id -> id != null && !StorableText.unstorable(id)).distinct().toList();
        Set<String> seen = new HashSet<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            seen.addAll(published.findPublished(source, ids.subList(from, Math.min(from + 1000, ids.size()))));
        }
        return seen;
    }

    /** Sends what the spool holds, oldest first; returns how many were sent; throws when the broker did not acknowledge them all. */
    public int publish(String source, WindowSpool spool) throws PublishFailedException {
        int sent = 0;
        spool.seal();
        while (true) {
            List<SpooledNotice> batch = spool.next(settings.batchSize(), settings.batchChars());
            if (batch.isEmpty()) {
                return sent;
            }
            sent += send(source, batch);
            workers.progressed();
            if (Thread.currentThread().isInterrupted()) {
                throw new PublishFailedException(source + ": stopped after " + sent + " releases of the window", null);
            }
        }
    }

    private int send(String source, List<SpooledNotice> batch) throws PublishFailedException {
        NoticeProducer.Sent sent = producer.send(batch);
        List<SpooledNotice> acknowledged = sent.acknowledged();
        // A stop request waits until the acknowledged releases are recorded, or a restart would send them again.
        boolean stopRequested = Thread.interrupted() | sent.interrupted();
        // Recorded only after the broker's ack: a crash in between re-sends rather than loses (see README).
        ledger.mark(source, acknowledged);
        metrics.published(source, acknowledged.size());
        if (stopRequested) {
            Thread.currentThread().interrupt();
        }
        if (acknowledged.size() < batch.size()) {
            SpooledNotice refused = batch.get(acknowledged.size());
            throw new PublishFailedException(source + ": broker acknowledged " + acknowledged.size() + " of a batch of "
                    + batch.size() + " releases; release " + refused.releaseId() + " of " + refused.ocid() + " not: "
                    + (sent.failure() == null ? "interrupted" : sent.failure().toString()), sent.failure());
        }
        return acknowledged.size();
    }

    /** A release as a notice, or null when it became a dead letter. */
    private NoticeFetched normalise(String source, FetchedRelease fetched) {
        var raw = fetched.release();
        if (raw.text().length() > settings.maxReleaseChars()) {
            deadLetters.keep(letters.letter(DeadLetterKind.OVERSIZED_RELEASE, "release is " + raw.text().length()
                            + " characters, over fetcher.publish.max-release-chars " + settings.maxReleaseChars(), raw.text())
                    .about(source, raw.ocid(), raw.id()).from(fetched.location()));
            return null;
        }
        try {
            Normalised normalised = normaliser.normalise(source, raw);
            if (!normalised.anomalies().isEmpty()) {
                LOG.info("{}: release {} from {} published with anomalies: {}", source, normalised.notice().releaseId(), fetched.location(),
                        normalised.anomalies());
                metrics.anomalies(source, normalised.anomalies().size());
            }
            return normalised.notice();
        } catch (InvalidOcdsException | RuntimeException e) {
            deadLetters.keep(letters.letter(DeadLetterKind.INVALID_RELEASE,
                    e.getMessage() == null ? e.toString() : e.getMessage(), raw.text())
                    .about(source, raw.ocid(), raw.id()).from(fetched.location()));
            return null;
        }
    }

    /** A notice as the window spool keeps it, or null when it could not be written and became a dead letter. */
    private SpooledNotice spooled(String source, FetchedRelease fetched, NoticeFetched notice) {
        var raw = fetched.release();
        try {
            return new SpooledNotice(notice.releaseId(), notice.ocid(),
                    notice.releaseDate() == null ? null : notice.releaseDate().toInstant(), fetched.location(),
                    sha256(raw.text()), json.writeValueAsString(notice));
        } catch (IOException | RuntimeException e) {
            deadLetters.keep(letters.letter(DeadLetterKind.INVALID_RELEASE,
                    e.getMessage() == null ? e.toString() : e.getMessage(), raw.text())
                    .about(source, raw.ocid(), raw.id()).from(fetched.location()));
            return null;
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
