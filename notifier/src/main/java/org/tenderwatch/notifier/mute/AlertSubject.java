package org.tenderwatch.notifier.mute;

import io.micronaut.core.annotation.Introspected;

/** Whose an alert is, and the stored notice it was about (the NoticeClassified JSON). */
@Introspected
record AlertSubject(long subscriberId, String payload) {
}
