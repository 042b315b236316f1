package org.tenderwatch.notifier.deliver.slack;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * @param allowedHosts hosts a webhook URL may point at (env {@code NOTIFIER_SLACK_ALLOWED_HOSTS}, comma-separated);
 *                     https only, except loopback hosts listed here for a local demo receiver
 * @param minInterval  at least this long between two messages to one webhook (Slack allows one a second)
 * @param timeout      connect and response timeout of one post
 */
@ConfigurationProperties("notifier.channels.slack")
public record SlackConfig(
        @Bindable(defaultValue = "hooks.slack.com") List<String> allowedHosts,
        @Bindable(defaultValue = "1s") Duration minInterval,
        @Bindable(defaultValue = "10s") Duration timeout) {
}
