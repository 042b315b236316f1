package org.tenderwatch.fetcher.http;

/** The source could not be read even after polite retries: network down, rate limited, or failing. */
public class SourceUnavailableException extends Exception {

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SourceUnavailableException(String message) {
        super(message);
    }
}
