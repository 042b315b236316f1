package org.tenderwatch.classifier.classify;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code classifier.rules.*}: which rules file to use.
 *
 * @param path a rules file on disk; empty means the rules bundled with the service
 */
@ConfigurationProperties("classifier.rules")
record RulesSettings(@Nullable String path) {
}
