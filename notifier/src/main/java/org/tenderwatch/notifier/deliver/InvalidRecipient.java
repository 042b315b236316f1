package org.tenderwatch.notifier.deliver;

/** An address its channel does not accept; the message says why and never repeats a secret address. */
public final class InvalidRecipient extends RuntimeException {

    public InvalidRecipient(String message) {
        super(message);
    }
}
