package org.tenderwatch.fetcher.window;

/**
 * A window could not be read to its end. {@code badContent} tells a page that stayed malformed (retrying the
 * window may never help) from a source that was unreachable or rate limited (retrying later will).
 */
public class WindowIncompleteException extends Exception {

    private final boolean badContent;

    public WindowIncompleteException(String message, boolean badContent, Throwable cause) {
        super(message, cause);
        this.badContent = badContent;
    }

    public boolean badContent() {
        return badContent;
    }
}
