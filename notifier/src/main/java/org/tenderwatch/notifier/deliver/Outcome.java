package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/** What a channel made of one attempt. */
public sealed interface Outcome {

    record Sent() implements Outcome {
    }

    /** Try again later: after {@code retryAfter} when the receiver said so, otherwise after the backoff. */
    record Retry(String reason, @Nullable Duration retryAfter) implements Outcome {
    }

    /** The receiver refused the recipient for good: this delivery fails, and the recipient is counted a hard failure. */
    record Rejected(String reason) implements Outcome {
    }

    /**
     * The receiver refused this message for good for a reason that is not the recipient's (the relay's policy, the
     * sender, the content): this delivery fails, and the recipient is not counted. A relay that refuses everyone for an
     * hour must not suppress every subscriber for ever.
     */
    record Undeliverable(String reason) implements Outcome {
    }

    static Outcome sent() {
        return new Sent();
    }
}
