package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;

/**
 * The signed links an alert carries about its own notice: tell us the classification was wrong, or hear no more of
 * its buyer, supplier or procurement. Each opens a page whose button does it (mail scanners follow links).
 *
 * @param muteSupplier null when the notice names no supplier
 */
public record AlertLinks(String notRelevant, String wrongCategory, String muteBuyer, @Nullable String muteSupplier,
                         String muteProcurement) {
}
