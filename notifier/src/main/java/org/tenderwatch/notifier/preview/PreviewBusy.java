package org.tenderwatch.notifier.preview;

/** As many previews as may run at once are running: try again in a moment. */
public final class PreviewBusy extends RuntimeException {

    PreviewBusy() {
        super("too many previews at once; try again in a few seconds");
    }
}
