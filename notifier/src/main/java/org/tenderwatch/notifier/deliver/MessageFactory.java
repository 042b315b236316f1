package org.tenderwatch.notifier.deliver;

import org.tenderwatch.notifier.outbox.MessageKind;
import org.tenderwatch.notifier.outbox.Claimed;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.tenderwatch.events.NoticeClassified;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Builds the message for a claimed delivery from its alerts and their stored notices, revealing the recipient only now. */
@Singleton
class MessageFactory {

    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;
    private final Links links;

    MessageFactory(TransactionOperations<Connection> tx, ObjectMapper json, Links links) {
        this.tx = tx;
        this.json = json;
        this.links = links;
    }

    Message build(Claimed claimed, Addressee addressee, Channel channel) {
        List<AlertItem> alerts = alertsOf(claimed.id());
        String recipient = channel.reveal(addressee.recipient());
        String confirm = claimed.kind() == MessageKind.CONFIRMATION && claimed.subscriptionId() != null
                ? links.confirm(claimed.subscriptionId()) : null;
        return new Message(claimed.id(), claimed.createdAt(), claimed.kind(), recipient, alerts, claimed.period(),
                links.unsubscribe(addressee.subscriberId()), links.manage(addressee.subscriberId()), confirm);
    }

    /** The delivery's alerts, in the order their notices arrived, each with its stored notice. */
    private List<AlertItem> alertsOf(long deliveryId) {
        return tx.executeRead(status -> {
            List<AlertItem> alerts = new ArrayList<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    select s.name, a.kind, n.payload::text, a.id
                    from alert a join subscription s on s.id = a.subscription_id join notice n on n.release_id = a.release_id
                    where a.delivery_id = ? order by n.received_at, a.id""")) {
                ps.setLong(1, deliveryId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        NoticeClassified notice = read(rs.getString(3));
                        alerts.add(new AlertItem(notice, rs.getString(1), "update".equals(rs.getString(2)),
                                links.procurement(notice.notice().ocid()),
                                links.alert(rs.getLong(4), !NoticeSummary.suppliers(notice.notice()).isEmpty())));
                    }
                }
            }
            return alerts;
        });
    }

    private NoticeClassified read(String payload) {
        try {
            return json.readValue(payload, NoticeClassified.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored notice no longer readable", e);
        }
    }
}
