package org.tenderwatch.classifier;

import org.tenderwatch.classifier.testing.ClassifierTest;
import org.tenderwatch.classifier.testing.RunningClassifier;
import org.tenderwatch.testing.HealthContract;

/** The classifier keeps the health contract every service keeps; it has no database, so its dependency is the broker. */
@ClassifierTest
class ClassifierHealthIntegrationTest extends HealthContract {

    ClassifierHealthIntegrationTest(RunningClassifier classifier) {
        super(classifier, "classifier", Dependency.BROKER, RunningClassifier::properties);
    }
}
