package org.tenderwatch.notifier.digest;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.notifier.outbox.Outbox;
import org.tenderwatch.notifier.supervision.Supervisor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * On the monthly day, from the monthly hour (in the digest zone), asks the outbox to queue the message about the month
 * before to every subscriber who wants it ({@link Outbox#queueMonthly}). Every check of that day asks again, so a
 * notifier that was down at the hour catches up; the outbox's (subscriber, month) key makes each ask after the first
 * queue nothing, on any instance.
 */
@Singleton
class MonthlyScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyScheduler.class);

    private final Outbox outbox;
    private final DigestSettings config;
    private final Supervisor supervisor;
    private final Clock clock;

    MonthlyScheduler(Outbox outbox, DigestSettings config, Supervisor supervisor, Clock clock) {
        this.outbox = outbox;
        this.config = config;
        this.supervisor = supervisor;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${notifier.digest.check-interval:1m}", initialDelay = "${notifier.digest.check-interval:1m}")
    void tick() {
        try {
            queueDue();
        } catch (Throwable failure) { // NOSONAR: counted and, for an Error, reported DOWN; the next tick tries again
            supervisor.failed("monthly-scheduler", "queueing the monthly messages", failure);
        }
    }

    /** Queues the monthly messages due now, by the clock; returns how many were queued. */
    int queueDue() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.zone()));
        if (now.getDayOfMonth() != config.monthlyDay() || now.getHour() < config.monthlyHour()) {
            return 0;
        }
        LocalDate month = now.toLocalDate().withDayOfMonth(1).minusMonths(1);
        int queued = outbox.queueMonthly(month);
        if (queued > 0) {
            LOG.info("Queued {} monthly messages for {}", queued, month.getMonth());
        }
        return queued;
    }
}
