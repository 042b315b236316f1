package org.tenderwatch.notifier.deliver;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.security.WebhookVault;
import org.tenderwatch.notifier.subscriptions.ChannelType;
import org.tenderwatch.notifier.subscriptions.Subscriber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Builds the message for a claimed delivery from the stored notices, decrypting a webhook only now. */
@Singleton
class MessageFactory {

    private final Outbox outbox;
    private final ObjectMapper json;
    private final Links links;
    private final WebhookVault vault;

    MessageFactory(Outbox outbox, ObjectMapper json, Links links, WebhookVault vault) {
        this.outbox = outbox;
        this.json = json;
        this.links = links;
        this.vault = vault;
    }

    Message build(Claimed claimed, Subscriber subscriber) {
        List<AlertItem> alerts = new ArrayList<>();
        for (Outbox.AlertRow row : outbox.alertsOf(claimed.id())) {
            alerts.add(new AlertItem(read(row.noticeJson()), row.subscriptionName(), "update".equals(row.kind())));
        }
        String webhook = subscriber.channel() == ChannelType.SLACK ? vault.decrypt(subscriber.webhookCiphertext()) : null;
        String confirm = claimed.kind() == MessageKind.CONFIRMATION && claimed.subscriptionId() != null
                ? links.confirm(claimed.subscriptionId()) : null;
        return new Message(claimed.id(), claimed.createdAt(), claimed.kind(), subscriber.email(), webhook, alerts, claimed.period(),
                links.unsubscribe(subscriber.id()), links.manage(subscriber.id()), confirm);
    }

    private NoticeClassified read(String payload) {
        try {
            return json.readValue(payload, NoticeClassified.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored notice no longer readable", e);
        }
    }
}
