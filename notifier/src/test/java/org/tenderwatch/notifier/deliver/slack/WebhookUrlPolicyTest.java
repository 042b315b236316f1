package org.tenderwatch.notifier.deliver.slack;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tenderwatch.notifier.deliver.InvalidRecipient;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Finding: with 127.0.0.1 allowed for the local demo, a webhook could name any port and path there, and the notifier
 * posted to the fetcher, its own admin API and PostgreSQL. Now scheme, host, port and path prefix are all checked.
 */
class WebhookUrlPolicyTest {

    private static final WebhookUrlPolicy PRODUCTION = policy(List.of());
    private static final WebhookUrlPolicy LOCAL_DEMO = policy(List.of("http://127.0.0.1:8026/slack/"));

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.slack.com/services/T000/B000/XXXX", "https://hooks.slack.com:443/services/T000/B000/XXXX",
            "HTTPS://HOOKS.SLACK.COM/services/T000/B000/XXXX"})
    void slacksOwnWebhooksAreAccepted(String url) {
        assertThat(PRODUCTION.check(url).getHost()).isEqualToIgnoringCase("hooks.slack.com");
        assertThat(LOCAL_DEMO.check(url).getHost()).isEqualToIgnoringCase("hooks.slack.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://hooks.slack.com:8443/services/T000/B000/XXXX",
            "http://hooks.slack.com/services/T000/B000/XXXX",
            "https://hooks.slack.com/services/",
            "https://hooks.slack.com/servicesX/T000",
            "https://hooks.slack.com/services/T000/B000/XXXX?redirect=http://evil.example",
            "https://hooks.slack.com/services/T000/%2e%2e/%2e%2e/api",
            "https://hooks.slack.com/services/T000/..;/api",
            "https://hooks.slack.com@evil.example/services/T000/B000/XXXX",
            "http://127.0.0.1:8026/slack/demo",
            "http://127.0.0.1:8081/backfill",
            "http://[::1]:8083/admin/subscriptions"})
    void outsideTheLocalDemoNothingElseIs(String url) {
        assertThatThrownBy(() -> PRODUCTION.check(url)).isInstanceOf(InvalidRecipient.class)
                .hasMessageNotContaining("XXXX").hasMessageNotContaining("evil").hasMessageNotContaining("127.0.0.1");
    }

    @Test
    void theLocalDemoAddsItsReceiverOnlyOnItsPortAndPath() {
        assertThat(LOCAL_DEMO.check("http://127.0.0.1:8026/slack/demo").getPort()).isEqualTo(8026);
        for (String url : List.of("http://127.0.0.1:8081/slack/demo", "http://127.0.0.1:8083/admin/subscriptions",
                "http://127.0.0.1:15432/slack/demo", "http://127.0.0.1:8026/admin/subscriptions", "http://127.0.0.1/slack/demo",
                "http://localhost:8026/slack/demo", "http://127.0.0.1:8026/slack/", "https://127.0.0.1:8026/slack/demo")) {
            assertThatThrownBy(() -> LOCAL_DEMO.check(url)).as(url).isInstanceOf(InvalidRecipient.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.5:8026/slack/", "http://127.0.0.1/slack/", "http://127.0.0.1:8026/slack",
            "http://127.0.0.1:8026/", "ftp://127.0.0.1:21/x/", "http://user@127.0.0.1:8026/slack/"})
    void aLocalDemoReceiverMustBeLoopbackWithItsPortAndAPathPrefix(String prefix) {
        assertThatThrownBy(() -> policy(List.of(prefix))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("NOTIFIER_SLACK_LOCAL_DEMO_WEBHOOKS");
    }

    private static WebhookUrlPolicy policy(List<String> demo) {
        return new WebhookUrlPolicy(new SlackSettings(demo, Duration.ofSeconds(1), Duration.ofSeconds(10)));
    }
}
