package org.tenderwatch.notifier.digest;

import io.micronaut.scheduling.annotation.Scheduled;
import org.tenderwatch.notifier.supervision.Supervisor;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.notifier.subscriptions.Cadence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZonedDateTime;

/**
 * Once a subscriber's digest hour has come (the earliest hour among their daily subscriptions with something
 * waiting), puts one digest delivery in the outbox for the day and attaches every waiting daily alert to it; on the
 * weekly day, weekly alerts are due too and go in the same digest (one a day per subscriber, whatever the cadences). The
 * unique (subscriber, day) key makes this safe to run on every instance and to run late after downtime; a
 * subscriber with nothing waiting gets nothing.
 */
@Singleton
class DigestScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(DigestScheduler.class);

    private final TransactionOperations<Connection> tx;
    private final DigestSettings config;
    private final Clock clock = Clock.systemUTC();

    private final Supervisor supervisor;

    DigestScheduler(TransactionOperations<Connection> tx, DigestSettings config, Supervisor supervisor) {
        this.supervisor = supervisor;
        this.tx = tx;
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
        int queued = tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    with due as (
                        select a.subscriber_id from alert a join subscription s on s.id = a.subscription_id
                        where a.cadence = any(?) and a.delivery_id is null
                        group by a.subscriber_id having min(s.digest_hour) <= ?
                    ), created as (
                        insert into delivery (subscriber_id, kind, period)
                        select subscriber_id, 'digest', ? from due
                        on conflict (subscriber_id, period) where kind = 'digest' do nothing
                        returning id, subscriber_id
                    ), attached as (
                        update alert a set delivery_id = c.id from created c
                        where a.subscriber_id = c.subscriber_id and a.cadence = any(?) and a.delivery_id is null
                        returning c.id
                    )
                    select count(distinct id) from attached""")) {
                var due = status.getConnection().createArrayOf("text", dueCadences(localNow));
                ps.setArray(1, due);
                ps.setInt(2, localNow.getHour());
                ps.setDate(3, Date.valueOf(localNow.toLocalDate()));
                ps.setArray(4, due);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        if (queued > 0) {
            LOG.info("Queued {} digests for {}", queued, localNow.toLocalDate());
        }
        return queued;
    }

    private Object[] dueCadences(ZonedDateTime localNow) {
        return localNow.getDayOfWeek() == config.weeklyDay()
                ? new Object[] {Cadence.DAILY.label(), Cadence.WEEKLY.label()} : new Object[] {Cadence.DAILY.label()};
    }
}
