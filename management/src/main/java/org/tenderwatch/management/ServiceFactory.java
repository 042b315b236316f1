package org.tenderwatch.management;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.tenderwatch.events.DeadLetterFactory;

import java.time.Clock;

/**
 * Beans every service needs alike: the one clock its code reads the time from (a test can replace it), and the
 * factory of its dead letters, stamped with the service's name ({@code micronaut.application.name}: fetcher,
 * classifier, notifier, tracker).
 */
@Factory
public class ServiceFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    DeadLetterFactory deadLetterFactory(@Value("${micronaut.application.name}") String service, Clock clock) {
        return new DeadLetterFactory(service, clock);
    }
}
