package org.tenderwatch.classifier;

import io.micronaut.runtime.Micronaut;
import org.tenderwatch.classifier.evaluate.EvaluateCommand;

/** Starts the classifier service. */
public final class ClassifierApplication {

    private ClassifierApplication() {
    }

    public static void main(String[] args) {
        // The evaluate command needs neither Kafka nor the HTTP server: dispatch before Micronaut starts.
        if (args.length > 0 && args[0].equals(EvaluateCommand.NAME)) {
            System.exit(EvaluateCommand.run(args, System.out, System.err));
        }
        Micronaut.run(ClassifierApplication.class, args);
    }
}
