package org.tenderwatch.notifier.web;

/**
 * A part of the manage page that a feature renders itself (mutes and snoozes, for one), so the page needs to know
 * nothing of it. Its forms post to the feature's own endpoints with the page's token.
 */
public interface ManageSection {

    /** HTML (already escaped) for one subscriber; {@code manageToken} is the page's signed token. */
    String html(long subscriberId, String manageToken);
}
