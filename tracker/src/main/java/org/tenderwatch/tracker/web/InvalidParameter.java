package org.tenderwatch.tracker.web;

/** A query parameter the tracker cannot use; answered with a 400 that names it and says what would do. */
public final class InvalidParameter extends RuntimeException {

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
