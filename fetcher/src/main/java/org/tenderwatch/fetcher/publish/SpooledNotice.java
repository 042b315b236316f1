package org.tenderwatch.fetcher.publish;

import java.time.Instant;

/**
 * A notice ready to send, as the window spool keeps it: identity, order, where it was read, and its JSON.
 *
 * @param releaseDate null when the release has none (sent first, as the oldest); null too in what the spool hands
 *                    back for sending, which is in order already
 * @param textSha256  of the release as published, to tell a release repeated in a window from another one under the
 *                    same id; null in what the spool hands back for sending
 */
public record SpooledNotice(String releaseId, String ocid, Instant releaseDate, String location, String textSha256,
                            String json) {
}
