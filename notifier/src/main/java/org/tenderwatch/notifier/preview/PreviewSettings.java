package org.tenderwatch.notifier.preview;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code notifier.preview.*}: what one preview may cost, since anyone may ask for one.
 *
 * @param weeks      whole weeks counted, before the current one
 * @param maxNotices notices read at most; a preview that reaches it says it is partial
 * @param timeLimit  time a preview may take (also each query's statement timeout); past it, the preview is partial
 * @param concurrent previews computed at once on this instance; more are refused with 503
 */
@ConfigurationProperties("notifier.preview")
record PreviewSettings(
        @Bindable(defaultValue = "8") int weeks,
        @Bindable(defaultValue = "50000") int maxNotices,
        @Bindable(defaultValue = "3s") Duration timeLimit,
        @Bindable(defaultValue = "2") int concurrent) {
}
