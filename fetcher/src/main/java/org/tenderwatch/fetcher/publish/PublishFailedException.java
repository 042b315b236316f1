package org.tenderwatch.fetcher.publish;

/** The broker did not acknowledge every release of a window; the window is read again later. */
public class PublishFailedException extends Exception {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
