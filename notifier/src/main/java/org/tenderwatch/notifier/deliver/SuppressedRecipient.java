package org.tenderwatch.notifier.deliver;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;

/** A recipient nothing goes to again, by (channel, recipient key), and why. */
@MappedEntity("suppressed_recipient")
record SuppressedRecipient(@EmbeddedId Key key, String reason) {

    @Embeddable
    record Key(String channel, String recipientKey) {
    }
}
