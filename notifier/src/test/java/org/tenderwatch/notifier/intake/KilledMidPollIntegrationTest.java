package org.tenderwatch.notifier.intake;

import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.tenderwatch.embedded.EmbeddedPostgresServer;
import org.tenderwatch.embedded.SharedTestInfrastructure;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.ForkedNotifier;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.notifier.testing.NotifierProperties;
import org.tenderwatch.notifier.testing.RunningNotifier;
import org.tenderwatch.testing.Publisher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "The offsets of a poll are committed once, after every notice of it is recorded": a notifier in a JVM of its own
 * reads five notices; the third's transaction is held inside PostgreSQL (a trigger of the test's own waits on a lock
 * the test holds; with one transaction per poll it holds whatever of the poll came with it), and the process is killed
 * there. No offset may pass a notice not yet recorded by then; another notifier then records every notice, alerts each subscriber once per notice, and the two recorded
 * before the kill, read again, insert nothing. Written against behaviour (notices in, rows and mails out), so it holds
 * whatever shape the listener has.
 */
class KilledMidPollIntegrationTest {

    private static final String TOPIC = "notices.classified.killed-mid-poll-test";
    private static final String ADDRESS = "killed@example.org";
    private static final int NOTICES = 5;
    private static final int HELD = 2;
    private static final long LOCK = 14_2026L;

    @Test
    void aNotifierKilledMidPollLosesNoNoticeAndAlertsEachOnce() throws Exception {
        List<NoticeClassified> notices = IntStream.range(0, NOTICES).mapToObj(i -> Fixtures.titled(Fixtures.endoscopyInsourcing(),
                "killed-mid-poll-" + i, "Insourced endoscopy list " + i)).toList();
        try (Mailbox mailbox = new Mailbox()) {
            Map<String, Object> properties = NotifierProperties.of(TOPIC, mailbox.port());
            // A killed consumer leaves the group when its session times out: the least the broker allows.
            properties.put("kafka.consumers.default.session.timeout.ms", "6000");
            properties.put("kafka.consumers.default.heartbeat.interval.ms", "1000");
            String url = (String) properties.get("datasources.default.url");
            Map<String, Object> recordingOnly = new HashMap<>(properties);
            recordingOnly.put("notifier.delivery.enabled", "false");

            try (Connection holder = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD)) {
                try (ForkedNotifier first = new ForkedNotifier("256m", recordingOnly);
                     Publisher publisher = new Publisher(TOPIC, ObjectMapper.getDefault())) {
                    assertThat(first.admin("POST", "/admin/subscriptions", """
                            {"name":"Endoscopy","channel":"email","address":"%s","confirmed":true,
                             "filter":{"specialties":["endoscopy"]}}""".formatted(ADDRESS)).statusCode()).isEqualTo(201);
                    holdTheTransactionOf(holder, notices.get(HELD).releaseId());
                    notices.forEach(publisher::publish);

                    await("the third notice held in its transaction").atMost(Duration.ofSeconds(90))
                            .until(() -> waitingOnTheLock(url));
                    // However the five were polled (together, or the first ones in a poll of their own), no offset may
                    // pass a notice whose transaction has not committed: held steady for a few seconds, long enough
                    // for a listener that committed early to have done so.
                    await("offsets never ahead of what is recorded").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                            .until(() -> committedOffset(TOPIC) <= count(url, "select count(*) from notice"));
                    assertThat(count(url, "select count(*) from notice")).as("notices recorded before the held one")
                            .isLessThanOrEqualTo(HELD);
                    first.kill();
                }
                release(holder);
            }

            try (RunningNotifier second = new RunningNotifier(properties)) {
                await("every notice recorded after the restart").atMost(Duration.ofSeconds(120))
                        .until(() -> second.db().count("select count(*) from alert") >= NOTICES
                                && mailbox.to(ADDRESS).size() >= NOTICES);
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                        .until(() -> mailbox.to(ADDRESS).size() == NOTICES);
                for (NoticeClassified notice : notices) {
                    assertThat(second.db().count("select count(*) from alert where release_id = ?", notice.releaseId()))
                            .as("alerts of %s", notice.releaseId()).isEqualTo(1);
                    assertThat(second.db().count("select count(*) from notice where release_id = ?", notice.releaseId())).isEqualTo(1);
                }
                List<String> titles = notices.stream().map(n -> n.notice().title()).toList();
                List<String> mailed = mailbox.to(ADDRESS).stream().map(Mailbox::subject)
                        .map(subject -> titles.stream().filter(subject::contains).findFirst().orElse(subject)).toList();
                assertThat(mailed).as("one mail per notice").containsExactlyInAnyOrderElementsOf(titles);
                assertThat(second.db().count("select count(*) from dead_letter")).isZero();
                await().atMost(Duration.ofSeconds(30)).until(() -> committedOffset(TOPIC) == NOTICES);
            }
        }
    }

    /** A trigger that makes the transaction recording this release wait for a lock the holder's session has. */
    private static void holdTheTransactionOf(Connection holder, String releaseId) throws SQLException {
        try (Statement statement = holder.createStatement()) {
            statement.execute("select pg_advisory_lock(" + LOCK + ")");
            statement.execute("""
                    create function hold_notice() returns trigger language plpgsql as $$
                    begin
                        if new.release_id = '%s' then
                            perform pg_advisory_xact_lock(%d);
                        end if;
                        return new;
                    end $$""".formatted(releaseId, LOCK));
            statement.execute("create trigger hold_notice before insert on notice for each row execute function hold_notice()");
        }
    }

    private static void release(Connection holder) throws SQLException {
        try (Statement statement = holder.createStatement()) {
            // The lock first: the killed notifier's backend still waits on it inside its transaction, holding its lock on
            // the table, which dropping the trigger needs. Let go, that backend finds its client gone and rolls back.
            statement.execute("select pg_advisory_unlock(" + LOCK + ")");
            statement.execute("drop trigger hold_notice on notice");
        }
    }

    private static boolean waitingOnTheLock(String url) throws SQLException {
        return count(url, """
                select count(*) from pg_locks where locktype = 'advisory' and not granted
                and database = (select oid from pg_database where datname = current_database())""") > 0;
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The notifier group's committed offset of the topic's one partition; 0 when none was committed. */
    private static long committedOffset(String topic) throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedTestInfrastructure.kafka().bootstrapServers()))) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets("notifier").partitionsToOffsetAndMetadata().get()
                    .get(new TopicPartition(topic, 0));
            return committed == null ? 0 : committed.offset();
        }
    }
}
