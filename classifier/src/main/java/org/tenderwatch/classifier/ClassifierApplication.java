package org.tenderwatch.classifier;

import io.micronaut.runtime.Micronaut;

/** Starts the classifier service. */
public final class ClassifierApplication {

    private ClassifierApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ClassifierApplication.class, args);
    }
}
