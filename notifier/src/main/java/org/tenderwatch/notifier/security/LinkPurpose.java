package org.tenderwatch.notifier.security;

/** What a signed link lets its holder do; part of the signed text, so one kind of link cannot be used as another. */
public enum LinkPurpose {
    /** confirm one subscription (id = subscription) */
    CONFIRM,
    /** stop everything to one subscriber (id = subscriber) */
    UNSUBSCRIBE,
    /** see and remove one subscriber's subscriptions (id = subscriber) */
    MANAGE,
    /**
     * ask for a confirmation mail again after unsubscribing (id = subscriber): given only on the page that confirms an
     * unsubscribe, so only someone who followed a link from that mailbox holds it
     */
    RESUBSCRIBE
}
