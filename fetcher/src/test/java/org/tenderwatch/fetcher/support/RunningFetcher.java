package org.tenderwatch.fetcher.support;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import org.tenderwatch.testing.Answer;
import org.tenderwatch.testing.RunningService;
import org.tenderwatch.testing.ServiceProperties;

import java.util.Map;
import java.util.UUID;

/**
 * The whole fetcher service, started and stopped by a test, on the shared broker and a database of its own, with the
 * operator's calls to its backfill API.
 */
public final class RunningFetcher extends RunningService {

    public static final String ADMIN_TOKEN = "operator-token-for-tests-" + UUID.randomUUID();

    private RunningFetcher(Map<String, Object> properties) {
        super(properties);
    }

    public static RunningFetcher start(Map<String, Object> properties) {
        return new RunningFetcher(properties);
    }

    /** Kafka, a fresh database, fresh topics; tests add their sources. */
    public static Map<String, Object> baseProperties() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return ServiceProperties.onSharedKafka().withFreshDatabase("fetcher")
                .with("fetcher.publish.topic", "notices.fetched.v1.test-" + suffix)
                .with("fetcher.publish.dead-letter-topic", "notices.fetched.v1.dlq.test-" + suffix)
                .with("fetcher.security.admin-token", ADMIN_TOKEN)
                .build();
    }

    /** GET of the operator's API with the admin token; an error status throws, with the answer in the exception. */
    public String adminGet(String path) {
        return http().retrieve(HttpRequest.GET(path).bearerAuth(ADMIN_TOKEN));
    }

    public String adminPost(String path, String json) {
        return http().retrieve(HttpRequest.POST(path, json).bearerAuth(ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public String adminDelete(String path) {
        return http().retrieve(HttpRequest.DELETE(path).bearerAuth(ADMIN_TOKEN));
    }

    /** Any call with any bearer token (none when null), whatever the status: for the API's refusals. */
    public Answer call(String method, String path, String json, String token) {
        MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.parse(method), path).contentType(MediaType.APPLICATION_JSON_TYPE);
        if (token != null) {
            request.bearerAuth(token);
        }
        return exchange(json == null ? request : request.body(json));
    }
}
