package org.tenderwatch.e2e.harness;

import java.util.Set;

/** A subscription the run made: by email to {@code address} or by Slack to the webhook named {@code address}. */
record Subscription(long id, String channel, String address, Set<String> categories) {
}
