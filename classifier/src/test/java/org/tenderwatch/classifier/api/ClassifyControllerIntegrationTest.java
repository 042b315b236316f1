package org.tenderwatch.classifier.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tenderwatch.classifier.SharedData;
import org.tenderwatch.embedded.SharedTestInfrastructure;

import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassifyControllerIntegrationTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return SharedTestInfrastructure.kafkaProperties();
    }

    private String post(String body) {
        return client.toBlocking().retrieve(HttpRequest.POST("/classify", body).contentType(MediaType.APPLICATION_JSON));
    }

    @Test
    void classifiesASingleReleaseWithReasons() {
        String answer = post(SharedData.releaseJson("releases/reconstructed/ocds-h6vhtk-05a419.json"));
        assertThat(answer).contains("\"category\":\"clinical_insourcing\"")
                .contains("the title says 'insourced'")
                .contains("\"rulesVersion\":");
    }

    @Test
    void classifiesEveryReleaseOfAPackage() throws Exception {
        String page = Files.readString(SharedData.root().resolve("packages/find-a-tender-notice-package-032703-2026.json"));
        String answer = post(page);
        assertThat(answer).contains("\"classifications\":[{").contains("\"category\":");
    }

    @Test
    void answersBadRequestWithAClearMessageForInvalidInput() {
        assertThatThrownBy(() -> post("{\"not\": \"a release\"}"))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
                    assertThat(e.getResponse().getBody(String.class).orElse("")).contains("not a usable OCDS release")
                            .contains("releases");
                });
        assertThatThrownBy(() -> post("{broken"))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode()));
    }
}
