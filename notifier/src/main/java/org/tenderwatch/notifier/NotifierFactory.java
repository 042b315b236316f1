package org.tenderwatch.notifier;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.tenderwatch.events.DeadLetterFactory;

import java.time.Clock;

/** Beans the notifier needs that no library provides: one clock for every reading of the time, so tests can set it. */
@Factory
class NotifierFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    DeadLetterFactory deadLetterFactory(Clock clock) {
        return new DeadLetterFactory("notifier", clock);
    }
}
