package org.tenderwatch.notifier;

import io.micronaut.runtime.Micronaut;

/** Starts the notifier service. */
public final class NotifierApplication {

    private NotifierApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(NotifierApplication.class, args);
    }
}
