package org.tenderwatch.fetcher.publish;

/** The database refused the window spool; the window is read again on the next poll. */
public class SpoolException extends RuntimeException {

    public SpoolException(String message, Throwable cause) {
        super(message, cause);
    }
}
