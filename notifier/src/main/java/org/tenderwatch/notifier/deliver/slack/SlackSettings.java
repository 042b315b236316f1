package org.tenderwatch.notifier.deliver.slack;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * @param localDemoWebhooks URL prefixes of local webhook receivers ({@code http://127.0.0.1:8026/slack/}), env
 *                          {@code NOTIFIER_SLACK_LOCAL_DEMO_WEBHOOKS}, comma-separated: setting any turns on the
 *                          local demo mode ({@code ./run-local} does). Empty (the default): Slack's own
 *                          {@code https://hooks.slack.com:443/services/} only.
 * @param minInterval       at least this long between two messages to one webhook (Slack allows one a second)
 * @param timeout           connect and response timeout of one post
 */
@ConfigurationProperties("notifier.channels.slack")
public record SlackSettings(
        @Bindable(defaultValue = "") List<String> localDemoWebhooks,
        @Bindable(defaultValue = "1s") Duration minInterval,
        @Bindable(defaultValue = "10s") Duration timeout) {
}
