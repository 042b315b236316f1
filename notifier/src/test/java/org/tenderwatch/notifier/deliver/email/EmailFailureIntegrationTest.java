package org.tenderwatch.notifier.deliver.email;

import org.junit.jupiter.api.Test;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.NotifierProperties;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.RefusingSmtpServer;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SMTP servers that refuse: 5xx fails the delivery and, repeated, suppresses the address when the address is to blame;
 * 4xx is retried.
 */
class EmailFailureIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void permanentRefusalsFailDeliveriesAndRepeatedOnesSuppressTheAddress() throws Exception {
        String topic = "notices.classified.smtp-5xx-test";
        try (RefusingSmtpServer smtp = new RefusingSmtpServer("550 5.1.1 <gone@example.org>: user unknown")) {
            Map<String, Object> properties = NotifierProperties.of(topic, smtp.port());
            properties.put("notifier.channels.email.suppress-after-hard-failures", "2");
            try (RunningNotifier notifier = new RunningNotifier(properties); Publisher publisher = new Publisher(topic, notifier.json())) {
                notifier.subscribe("""
                        {"name":"Gone","channel":"email","address":"gone@example.org","confirmed":true,"filter":{"keywords":["endoscopy"]}}""");
                for (String release : List.of("bounce-1", "bounce-2")) {
                    publisher.publish(Fixtures.titled(Fixtures.endoscopyInsourcing(), release, "Insourced endoscopy " + release));
                }
                await().atMost(WAIT).until(() -> notifier.db().count("select count(*) from suppressed_recipient where channel = 'email' and recipient_key = 'gone@example.org'") == 1);
                assertThat(notifier.db().strings("select state from delivery where kind = 'instant' order by id")).containsExactly("failed", "failed");
                assertThat(notifier.db().strings("select last_error from delivery where kind = 'instant'"))
                        .allSatisfy(error -> assertThat(error).startsWith("SMTP 550"));
                assertThat(notifier.db().strings("select reason from suppressed_recipient")).allSatisfy(r -> assertThat(r).contains("550"));

                publisher.publish(Fixtures.titled(Fixtures.endoscopyInsourcing(), "bounce-3", "Insourced endoscopy bounce-3"));
                await().atMost(WAIT).until(() -> notifier.db().count("select count(*) from notice where release_id = 'bounce-3'") == 1);
                assertThat(notifier.db().count("select count(*) from alert where release_id = 'bounce-3'")).isZero();
                assertThat(smtp.refused()).hasSize(2);
            }
        }
    }

    @Test
    void aRelayRefusingEveryoneFailsDeliveriesButSuppressesNobody() throws Exception {
        String topic = "notices.classified.smtp-relay-5xx-test";
        try (RefusingSmtpServer smtp = new RefusingSmtpServer("550 5.7.1 relaying denied")) {
            Map<String, Object> properties = NotifierProperties.of(topic, smtp.port());
            properties.put("notifier.channels.email.suppress-after-hard-failures", "2");
            try (RunningNotifier notifier = new RunningNotifier(properties); Publisher publisher = new Publisher(topic, notifier.json())) {
                notifier.subscribe("""
                        {"name":"Here","channel":"email","address":"here@example.org","confirmed":true,"filter":{"keywords":["endoscopy"]}}""");
                List<String> releases = List.of("relay-1", "relay-2", "relay-3");
                for (String release : releases) {
                    publisher.publish(Fixtures.titled(Fixtures.endoscopyInsourcing(), release, "Insourced endoscopy " + release));
                }
                // Past the two hard failures that would suppress a refused address, the third alert is still tried.
                await().atMost(WAIT).until(() -> smtp.refused().size() == releases.size());
                await().atMost(WAIT).until(() -> notifier.db().count("select count(*) from delivery where kind = 'instant' and state = 'failed'") == releases.size());
                assertThat(notifier.db().strings("select last_error from delivery where kind = 'instant'"))
                        .allSatisfy(error -> assertThat(error).startsWith("SMTP 550"));
                assertThat(notifier.db().count("select count(*) from suppressed_recipient")).isZero();
                assertThat(notifier.db().count("select hard_failures from subscriber where recipient_key = 'here@example.org'")).isZero();
            }
        }
    }

    @Test
    void temporaryRefusalsAreRetried() throws Exception {
        String topic = "notices.classified.smtp-4xx-test";
        try (RefusingSmtpServer smtp = new RefusingSmtpServer("452 4.2.2 mailbox full, try later")) {
            Map<String, Object> properties = NotifierProperties.of(topic, smtp.port());
            // Waits long enough that a loaded machine's own delays cannot pass for growth.
            properties.put("notifier.delivery.initial-backoff", "1s");
            properties.put("notifier.delivery.max-backoff", "8s");
            try (RunningNotifier notifier = new RunningNotifier(properties);
                 Publisher publisher = new Publisher(topic, notifier.json())) {
                notifier.subscribe("""
                        {"name":"Full","channel":"email","address":"full@example.org","confirmed":true,"filter":{"keywords":["endoscopy"]}}""");
                publisher.publish(Fixtures.endoscopyInsourcing());
                await().atMost(WAIT).until(() -> smtp.refused().size() >= 5);
                // Backoff from 1 s, doubling up to 8 s, half of it fixed: the wait after the fourth refusal is 4 to 8 s,
                // where a constant delay would come back after about 1 s.
                List<java.time.Instant> at = smtp.refusedAt();
                assertThat(Duration.between(at.get(3), at.get(4))).as("wait before the fifth attempt")
                        .isGreaterThanOrEqualTo(Duration.ofSeconds(4));
                assertThat(notifier.db().strings("select state || ' ' || last_error from delivery where kind = 'instant'"))
                        .singleElement().asString().startsWith("pending SMTP 452");
                assertThat(notifier.db().count("select count(*) from suppressed_recipient")).isZero();
            }
        }
    }
}
