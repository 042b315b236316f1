package org.tenderwatch.notifier.mute;

import io.micronaut.core.annotation.Introspected;

/** A subscriber who does not want to hear about a notice, and why: {@code muted} or {@code snoozed}. */
@Introspected
record SilencedRow(long subscriberId, String reason) {
}
