package org.tenderwatch.classifier.intake;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.classifier.procurement.ProcurementClassifier;

@Factory
class ProcurementJudgeFactory {

    @Singleton
    ProcurementJudge procurementJudge(Classifier classifier) {
        return new ProcurementClassifier(classifier)::judge;
    }
}
