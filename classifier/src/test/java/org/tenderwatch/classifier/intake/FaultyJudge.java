package org.tenderwatch.classifier.intake;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.classifier.procurement.Judged;
import org.tenderwatch.classifier.procurement.ProcurementClassifier;
import org.tenderwatch.classifier.procurement.ProcurementState;
import org.tenderwatch.events.NoticeFetched;

/** The real judge, except that one procurement makes it throw the error a test names, as a JVM in trouble would. */
@Singleton
@Replaces(bean = ProcurementJudge.class, factory = ProcurementJudgeFactory.class)
@Requires(property = "test.faults.ocid")
class FaultyJudge implements ProcurementJudge {

    private final ProcurementClassifier real;
    private final String ocid;
    private final String error;

    FaultyJudge(Classifier classifier, @Value("${test.faults.ocid}") String ocid, @Value("${test.faults.error}") String error) {
        this.real = new ProcurementClassifier(classifier);
        this.ocid = ocid;
        this.error = error;
    }

    @Override
    public Judged judge(ProcurementState known, NoticeFetched release) {
        if (release.ocid().equals(ocid)) {
            if (error.equals("out-of-memory")) {
                throw new OutOfMemoryError("Java heap space");
            }
            throw new StackOverflowError("rules nested too deep for " + ocid);
        }
        return real.judge(known, release);
    }
}
