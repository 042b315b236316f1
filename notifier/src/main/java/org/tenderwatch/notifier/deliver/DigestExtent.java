package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A message that lists many notices (a digest, or a burst of alerts gathered into one): its heading, how many notices
 * it stands for, and for each subscription whose notices did not all fit under the cap, how many more there are and
 * where to see them.
 *
 * @param heading "Tender Watch weekly digest", "Tender Watch daily digest", "Tender Watch: 240 alerts at once"
 * @param total   distinct notices, shown or not
 */
public record DigestExtent(String heading, int total, List<More> more) {

    public DigestExtent {
        more = List.copyOf(more);
    }

    /** @param searchUrl the same search on the public record (the tracker), when one is configured */
    public record More(String subscriptionName, int count, @Nullable String searchUrl) {
    }
}
