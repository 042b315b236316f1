package org.tenderwatch.notifier.limits;

import org.junit.jupiter.api.Test;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.ForkedNotifier;
import org.tenderwatch.notifier.testing.Mailbox;
import org.tenderwatch.notifier.testing.NotifierProperties;
import org.tenderwatch.testing.Publisher;
import io.micronaut.serde.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Finding: about 64 parallel 9.5 MB posts to the public endpoints filled the heap; the Kafka consumer and a delivery
 * worker died while /health said UP. Here the notifier runs with a 128 MB heap, smaller than the bodies sent to it
 * at once, and must refuse them all, keep its workers, and still alert afterwards.
 */
class OverloadIntegrationTest {

    private static final String TOPIC = "notices.classified.overload-test";
    private static final int PARALLEL = 24;
    private static final byte[] BODY = body(9_500_000);

    @Test
    void parallelHugeBodiesAreRefusedAndTheNotifierKeepsAlerting() throws Exception {
        try (Mailbox mailbox = new Mailbox()) {
            Map<String, Object> properties = NotifierProperties.of(TOPIC, mailbox.port());
            try (ForkedNotifier notifier = new ForkedNotifier("128m", properties);
                 Publisher publisher = new Publisher(TOPIC, ObjectMapper.getDefault())) {
                List<Integer> statuses = attack(notifier);
                assertThat(statuses).hasSize(3 * PARALLEL)
                        .allSatisfy(status -> assertThat(status).as("answer to a huge body").isIn(411, 413, 503, -1));
                assertThat(statuses).contains(413, 411);
                assertThat(notifier.alive()).isTrue();
                assertThat(notifier.log()).doesNotContain("OutOfMemoryError");
                assertThat(notifier.get("/health").body()).contains("\"status\":\"UP\"").doesNotContain("DOWN");

                // The consumer and the delivery workers are still there: a notice published now is mailed.
                HttpResponse<String> subscribed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(notifier.uri("/admin/subscriptions"))
                        .header("Authorization", "Bearer " + NotifierProperties.ADMIN_TOKEN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"channel":"email","address":"after-attack@example.org","confirmed":true,
                                 "filter":{"specialties":["endoscopy"]}}""")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(subscribed.statusCode()).isEqualTo(201);
                publisher.publish(Fixtures.endoscopyInsourcing());
                await("alert after the attack").atMost(Duration.ofSeconds(60))
                        .until(() -> mailbox.to("after-attack@example.org").size() == 1);
            }
        }
    }

    /** PARALLEL huge bodies at once to each public endpoint, and as many with no length given (chunked). */
    private static List<Integer> attack(ForkedNotifier notifier) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            calls.add(() -> send(http, HttpRequest.newBuilder(notifier.uri("/api/subscriptions")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(BODY))));
            calls.add(() -> send(http, HttpRequest.newBuilder(notifier.uri("/subscribe"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofByteArray(BODY))));
            calls.add(() -> send(http, HttpRequest.newBuilder(notifier.uri("/api/subscriptions")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(BODY)))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                try {
                    statuses.add(answer.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError(e.getCause());
                }
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The status, or -1 when the server closed the connection on a body it had refused before it was all sent. */
    private static int send(HttpClient http, HttpRequest.Builder request) throws InterruptedException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static byte[] body(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        byte[] start = "{\"email\":\"".getBytes();
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }
}
