package org.tenderwatch.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Another notice, possibly on another portal, that speaks of the same procurement, so that downstream can thread
 * the two instead of alerting twice.
 *
 * @param source    the portal of the other notice ({@code find-a-tender}, {@code public-contracts-scotland}, …)
 * @param reference the other notice's id or OCID as that portal writes it
 * @param url       its public page, when it can be derived
 * @param evidence  how the link was established: {@code same-ocid}, {@code referenced} (the other portal's reference
 *                  appears in this notice) or {@code same-buyer-title-date}
 */
@Serdeable
public record RelatedNotice(String source, String reference, @Nullable String url, String evidence) {
}
