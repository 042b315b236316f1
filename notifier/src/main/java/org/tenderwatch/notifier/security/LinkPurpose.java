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
    RESUBSCRIBE,
    /** say that one alert was not relevant (id = alert) */
    FEEDBACK_NOT_RELEVANT,
    /** say which category one alert should have had (id = alert) */
    FEEDBACK_WRONG_CATEGORY,
    /** hear no more about the buyer of one alert's notice (id = alert) */
    MUTE_BUYER,
    /** hear no more about a supplier of one alert's notice (id = alert) */
    MUTE_SUPPLIER,
    /** hear no more about the procurement of one alert's notice (id = alert) */
    MUTE_PROCUREMENT
}
