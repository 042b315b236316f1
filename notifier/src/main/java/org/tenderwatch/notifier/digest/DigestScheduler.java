package org.tenderwatch.notifier.digest;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.notifier.outbox.Outbox;
import org.tenderwatch.notifier.subscriptions.Cadence;
import org.tenderwatch.notifier.supervision.Supervisor;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Every check interval, asks the outbox to queue the digests whose hour has come in the digest zone
 * ({@link Outbox#queueDigests}); a subscriber with nothing waiting gets nothing.
 */
@Singleton
class DigestScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(DigestScheduler.class);

    private final Outbox outbox;
    private final DigestSettings config;
    private final Clock clock;

    private final Supervisor supervisor;

    DigestScheduler(Outbox outbox, DigestSettings config, Supervisor supervisor, Clock clock) {
        this.supervisor = supervisor;
        this.clock = clock;
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(fixedDelay = "${notifier.digest.check-interval:1m}", initialDelay = "${notifier.digest.check-interval:1m}")
    void tick() {
        try {
            queueDue(ZonedDateTime.now(clock.withZone(config.zone())));
        } catch (Throwable failure) { // NOSONAR: counted and, for an Error, reported DOWN; the next tick tries again
            supervisor.failed("digest-scheduler", "queueing due digests", failure);
        }
    }

    /** Queues the digests due at this local time; returns how many were queued. */
    int queueDue(ZonedDateTime localNow) {
        int queued = outbox.queueDigests(localNow.getHour(), localNow.toLocalDate(), dueCadences(localNow));
        if (queued > 0) {
            LOG.info("Queued {} digests for {}", queued, localNow.toLocalDate());
        }
        return queued;
    }

    /** Daily digests every day; weekly ones on the weekly day, in the same digest (one a day per subscriber). */
    private List<String> dueCadences(ZonedDateTime localNow) {
        return localNow.getDayOfWeek() == config.weeklyDay()
                ? List.of(Cadence.DAILY.label(), Cadence.WEEKLY.label()) : List.of(Cadence.DAILY.label());
    }
}
