package org.tenderwatch.classifier.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.classifier.SharedData;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst of large bodies against {@code POST /classify} on a heap far smaller than the burst: bodies over the
 * limit get 413 (or 503 when they arrive while the permits are taken), those beyond the concurrency limit a fast 503 with {@code Retry-After}, the rest are classified,
 * and the service is still alive and classifying afterwards. Without the two limits this burst ends the JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassifyLimitsIntegrationTest {

    /** Less than the 16 oversized bodies below together (144 MB), and than the 16 allowed ones parsed at once. */
    private static final String HEAP = "96m";
    private static final int BURST = 16;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SmallHeapClassifier classifier;

    @BeforeAll
    void startTheClassifierWithASmallHeap() throws Exception {
        Path log = Files.createDirectories(Path.of("target")).resolve("small-heap-classifier.log");
        classifier = SmallHeapClassifier.start(HEAP, log);
    }

    @AfterAll
    void stopIt() {
        if (classifier != null) {
            classifier.close();
        }
    }

    @Test
    void refusesOversizedAndExcessConcurrentBodiesFastAndKeepsClassifying() throws Exception {
        byte[] allowed = releasePackageOfAbout(1_900_000);
        byte[] oversized = releasePackageOfAbout(9_000_000);
        List<CompletableFuture<HttpResponse<String>>> large = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> tooLarge = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            large.add(post(allowed));
            tooLarge.add(post(oversized));
        }

        List<Integer> largeStatuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : large) {
            HttpResponse<String> response = answer.join();
            largeStatuses.add(response.statusCode());
            assertThat(response.statusCode()).as(response.body()).isIn(200, 503);
            if (response.statusCode() == 503) {
                assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(response.body()).contains("busy");
            }
        }
        for (CompletableFuture<HttpResponse<String>> answer : tooLarge) {
            HttpResponse<String> response = answer.join();
            // Refused either way before its body is held: busy, or too large once a permit lets it be read.
            assertThat(response.statusCode()).as(response.body()).isIn(413, 503);
        }
        assertThat(largeStatuses).as("some of the burst is classified, the rest refused").contains(200, 503);
        assertThat(classifier.alive()).as("the classifier survived the burst:\n%s", classifier.log()).isTrue();

        HttpResponse<String> alone = post(oversized).join();
        assertThat(alone.statusCode()).as(alone.body()).isEqualTo(413);
        HttpResponse<String> afterwards = post(SharedData.releaseJson("releases/reconstructed/ocds-h6vhtk-05a419.json")
                .getBytes(StandardCharsets.UTF_8)).join();
        assertThat(afterwards.statusCode()).isEqualTo(200);
        assertThat(afterwards.body()).contains("\"category\":\"clinical_insourcing\"");
        assertThat(classifier.log()).doesNotContain("OutOfMemoryError", "Java heap space");
    }

    private CompletableFuture<HttpResponse<String>> post(byte[] body) {
        return http.sendAsync(HttpRequest.newBuilder(classifier.uri("/classify"))
                        .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString())
                .exceptionally(failure -> {
                    throw new AssertionError("no answer from /classify: " + failure, failure);
                });
    }

    /** A real Contracts Finder page's releases, repeated into one release package of about {@code size} bytes. */
    private static byte[] releasePackageOfAbout(int size) throws Exception {
        String page = Files.readString(SharedData.root().resolve("packages/contracts-finder-page.json"));
        int start = page.indexOf('[', page.indexOf("\"releases\"")) + 1;
        int end = page.lastIndexOf(']', page.lastIndexOf("\"links\"") < 0 ? page.length() : page.lastIndexOf("\"links\""));
        String releases = page.substring(start, end).strip();
        StringBuilder body = new StringBuilder("{\"uri\":\"test\",\"releases\":[").append(releases);
        while (body.length() + releases.length() < size) {
            body.append(',').append(releases);
        }
        return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
