package org.tenderwatch.ocds;

/** Input that cannot be read as OCDS; the message says why, for the log and the dead letter. */
public class InvalidOcdsException extends Exception {

    public InvalidOcdsException(String message) {
        super(message);
    }

    public InvalidOcdsException(String message, Throwable cause) {
        super(message, cause);
    }
}
