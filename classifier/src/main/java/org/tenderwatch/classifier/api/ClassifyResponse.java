package org.tenderwatch.classifier.api;

import io.micronaut.serde.annotation.Serdeable;
import org.tenderwatch.events.NoticeClassified;

import java.util.List;

/**
 * The classification of each release in the request, in order.
 *
 * @param rejected entries of the package that were not releases, with why
 */
@Serdeable
record ClassifyResponse(String rulesVersion, List<NoticeClassified> classifications, List<String> rejected) {
}
