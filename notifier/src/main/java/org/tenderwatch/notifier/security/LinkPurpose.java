package org.tenderwatch.notifier.security;

/** What a signed link lets its holder do; part of the signed text, so one kind of link cannot be used as another. */
public enum LinkPurpose {
    /** confirm one subscription (id = subscription) */
    CONFIRM,
    /** stop everything to one subscriber (id = subscriber) */
    UNSUBSCRIBE,
    /** see and remove one subscriber's subscriptions (id = subscriber) */
    MANAGE
}
