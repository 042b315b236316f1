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
 * @param evidence  how the link was established, most certain first: {@code same-ocid}; {@code referenced} (this notice
 *                  points at the other one where OCDS puts related processes and documents, or carries the
 *                  reference stamp the other portal puts on notices it forwards, "SC Ref:569951"); {@code mentioned}
 *                  (the other notice's page or Find a Tender reference appears in this notice's free text: it may be
 *                  this procurement elsewhere, or a framework it calls off, so do not take it as a duplicate); or
 *                  {@code same-buyer-title-date}
 */
@Serdeable
public record RelatedNotice(String source, String reference, @Nullable String url, String evidence) {
}
