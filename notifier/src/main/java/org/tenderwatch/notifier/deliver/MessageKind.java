package org.tenderwatch.notifier.deliver;

/** What a delivery carries. */
public enum MessageKind {
    /** one notice, sent as soon as it is matched */
    INSTANT,
    /** every notice matched for one subscriber over a day */
    DIGEST,
    /** the double opt-in mail with its signed link */
    CONFIRMATION
}
