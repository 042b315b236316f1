package org.tenderwatch.fetcher.publish;

import org.tenderwatch.ocds.RawRelease;

/** A release as read, with the page it came from, for the log and the dead letter. */
public record FetchedRelease(RawRelease release, String location) {
}
