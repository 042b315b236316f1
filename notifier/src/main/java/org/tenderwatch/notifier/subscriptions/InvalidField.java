package org.tenderwatch.notifier.subscriptions;

/** Input that cannot be accepted, naming the field so that the 400 answer (or the form) can say which. */
public final class InvalidField extends RuntimeException {

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
