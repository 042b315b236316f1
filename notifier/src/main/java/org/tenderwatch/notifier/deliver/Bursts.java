package org.tenderwatch.notifier.deliver;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Gathers a burst of alerts for one recipient into the delivery a worker holds: its other instant deliveries that no
 * worker has taken give it their alerts and are cancelled, saying where their alerts went. Nothing is lost: the alerts
 * now belong to a delivery that is retried and given up like any other. Deliveries another worker holds are skipped.
 */
@Singleton
class Bursts {

    private static final Logger LOG = LoggerFactory.getLogger(Bursts.class);

    private final TransactionOperations<Connection> tx;

    Bursts(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** @return whether the subscriber had at least {@code threshold} instant deliveries pending, and so were gathered */
    boolean gather(Claimed claimed, int threshold) {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            try (PreparedStatement ps = c.prepareStatement(
                    "select count(*) from delivery where subscriber_id = ? and kind = 'instant' and state = 'pending'")) {
                ps.setLong(1, claimed.subscriberId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) < threshold) {
                        return false;
                    }
                }
            }
            int gathered;
            try (PreparedStatement ps = c.prepareStatement("""
                    with others as (
                        select d.id from delivery d
                        where d.subscriber_id = ? and d.kind = 'instant' and d.state = 'pending' and d.attempts = 0 and d.id <> ?
                        for update skip locked
                    ), moved as (
                        update alert a set delivery_id = ? from others o where a.delivery_id = o.id returning a.id
                    )
                    update delivery d set state = 'cancelled', last_error = 'gathered into delivery ' || ? || ' with '
                        || (select count(*) from moved) || ' other alerts'
                    from others o where d.id = o.id""")) {
                ps.setLong(1, claimed.subscriberId());
                ps.setLong(2, claimed.id());
                ps.setLong(3, claimed.id());
                ps.setLong(4, claimed.id());
                gathered = ps.executeUpdate();
            }
            LOG.info("Delivery {}: {} waiting alerts for subscriber {} gathered into it", claimed.id(), gathered, claimed.subscriberId());
            return true;
        });
    }
}
