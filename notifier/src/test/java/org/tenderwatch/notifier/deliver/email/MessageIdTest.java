package org.tenderwatch.notifier.deliver.email;

import org.tenderwatch.notifier.outbox.MessageKind;
import org.junit.jupiter.api.Test;
import org.tenderwatch.notifier.deliver.Message;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessageIdTest {

    private static final Instant QUEUED = Instant.parse("2026-11-23T01:40:00.123Z");

    @Test
    void aDeliveryKeepsItsMessageIdOnEveryAttemptButANewDatabasesDeliveryOfTheSameIdDoesNot() {
        String first = EmailChannel.messageId(message(7, QUEUED), "tenderwatch.example");
        assertThat(first).isEqualTo("<delivery-7.1795398000123@tenderwatch.example>");
        assertThat(EmailChannel.messageId(message(7, QUEUED), "tenderwatch.example")).isEqualTo(first);
        assertThat(EmailChannel.messageId(message(7, QUEUED.plusSeconds(86_400)), "tenderwatch.example")).isNotEqualTo(first);
    }

    private static Message message(long deliveryId, Instant queuedAt) {
        return new Message(deliveryId, queuedAt, MessageKind.CONFIRMATION, "someone@example.org", List.of(), null,
                "http://n/u", "http://n/m", "http://n/c");
    }
}
