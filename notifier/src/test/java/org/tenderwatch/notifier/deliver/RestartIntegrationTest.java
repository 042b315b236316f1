package org.tenderwatch.notifier.deliver;

import org.tenderwatch.notifier.outbox.Claimed;
import org.tenderwatch.notifier.outbox.Outbox;
import org.junit.jupiter.api.Test;
import org.tenderwatch.notifier.testing.FakeSlack;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.notifier.testing.NotifierProperties;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two notifier instances on one database, one of them stopped while deliveries are pending, notices published
 * while it is down, then started again: every alert arrives exactly once, by email and by Slack. And a crash in the
 * one window the outbox cannot close, between a channel accepting a message and the outcome being recorded.
 */
class RestartIntegrationTest {

    private static final String TOPIC = "notices.classified.restart-test";
    private static final int NOTICES = 12;

    @Test
    void eachAlertIsDeliveredExactlyOnceAcrossInstancesAndRestarts() {
        try (Mailbox mailbox = new Mailbox(); FakeSlack slack = new FakeSlack()) {
            Map<String, Object> properties = NotifierProperties.of(TOPIC, mailbox.port());
            properties.put("notifier.channels.slack.local-demo-webhooks", slack.demoPrefix());
            // Slack's one-message-a-second limit per webhook (shared by both instances through the database) keeps
            // deliveries pending long enough to stop an instance mid-way.
            RunningNotifier first = new RunningNotifier(properties);
            first.subscribe("""
                    {"name":"All endoscopy","channel":"email","address":"once@example.org","confirmed":true,"filter":{"specialties":["endoscopy"]}}""");
            first.subscribe("""
                    {"name":"All endoscopy","channel":"slack","address":"%s","filter":{"specialties":["endoscopy"]}}""".formatted(slack.webhook("once")));
            RunningNotifier second = new RunningNotifier(properties);
            List<String> titles = IntStream.range(0, NOTICES).mapToObj(i -> "Insourced endoscopy lot " + i).toList();

            try (Publisher publisher = new Publisher(TOPIC, first.json())) {
                titles.subList(0, NOTICES / 2).forEach(title -> publisher.publish(
                        Fixtures.titled(Fixtures.endoscopyInsourcing(), title.replace(' ', '-'), title)));
                await().atMost(Duration.ofSeconds(30)).until(() -> slack.delivered("once").size() >= 2);
                first.close();
                assertThat(second.db().count("select count(*) from delivery where state = 'pending'")).isPositive();
                second.close();

                titles.subList(NOTICES / 2, NOTICES).forEach(title -> publisher.publish(
                        Fixtures.titled(Fixtures.endoscopyInsourcing(), title.replace(' ', '-'), title)));
            }

            try (RunningNotifier restarted = new RunningNotifier(properties)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> slack.delivered("once").size() >= NOTICES
                        && mailbox.to("once@example.org").size() >= NOTICES);
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> slack.posts("once").size() == NOTICES);
                assertThat(restarted.db().count("select count(*) from delivery where state <> 'sent'")).isZero();
            }
            List<String> posted = slack.delivered("once").stream().map(p -> titles.stream().filter(t -> p.body().contains(t + "|")
                    || p.body().contains(t + "*")).findFirst().orElse("?")).toList();
            assertThat(posted).containsExactlyInAnyOrderElementsOf(titles);
            List<String> mailed = mailbox.to("once@example.org").stream().map(Mailbox::subject)
                    .map(s -> s.substring(s.lastIndexOf(": ") + 2)).toList();
            assertThat(mailed).containsExactlyInAnyOrderElementsOf(titles);
        }
    }

    @Test
    void aCrashBetweenSendingAndRecordingResendsOnceAfterTheLeaseUnderTheSameMessageId() {
        String topic = "notices.classified.crash-test";
        try (Mailbox mailbox = new Mailbox()) {
            Map<String, Object> properties = NotifierProperties.of(topic, mailbox.port());
            properties.put("notifier.delivery.lease", "2s");
            Map<String, Object> withoutWorkers = new HashMap<>(properties);
            withoutWorkers.put("notifier.delivery.enabled", "false");
            try (RunningNotifier crashing = new RunningNotifier(withoutWorkers); Publisher publisher = new Publisher(topic, crashing.json())) {
                crashing.subscribe("""
                        {"name":"Crash","channel":"email","address":"crash@example.org","confirmed":true,"filter":{"specialties":["endoscopy"]}}""");
                publisher.publish(Fixtures.endoscopyInsourcing());
                await().atMost(Duration.ofSeconds(30)).until(() -> crashing.db().count("select count(*) from delivery where kind = 'instant'") == 1);
                // What a worker does up to the moment it would record the outcome, then nothing: the process died there.
                Claimed claimed = crashing.context().getBean(Outbox.class).claimNext(Duration.ofSeconds(2), channel -> 0).orElseThrow();
                Addressee subscriber = crashing.context().getBean(Recipients.class).find(claimed.subscriberId()).orElseThrow();
                Channel email = crashing.context().getBean(Channels.class).named("email");
                Message message = crashing.context().getBean(MessageFactory.class).build(claimed, subscriber, email);
                assertThat(email.send(message)).isInstanceOf(Outcome.Sent.class);
            }

            try (RunningNotifier next = new RunningNotifier(properties)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> next.db().strings("select state from delivery").equals(List.of("sent")));
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mailbox.to("crash@example.org").size() == 2);
                assertThat(next.db().strings("select attempts from delivery")).containsExactly("2");
            }
            List<String> ids = mailbox.to("crash@example.org").stream().map(mail -> Mailbox.header(mail, "Message-ID")).toList();
            assertThat(ids).hasSize(2).doesNotContainNull();
            assertThat(ids.get(0)).isEqualTo(ids.get(1));
        }
    }
}
