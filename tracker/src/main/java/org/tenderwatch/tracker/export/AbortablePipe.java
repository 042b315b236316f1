package org.tenderwatch.tracker.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PipedInputStream;

/**
 * The reading end of an export's pipe, which the writing end can fail. A plain {@link PipedInputStream} closed by its
 * writer's thread does not wake a reader already waiting for bytes (that reader only gives up when the writing
 * thread dies, and a pooled thread does not), so the response would hang for ever instead of being aborted.
 */
final class AbortablePipe extends PipedInputStream {

    private IOException failure;
    private boolean ended;

    AbortablePipe(int bytes) {
        super(bytes);
    }

    /** Every read from now on throws, so the response is aborted rather than ended. */
    synchronized void fail(IOException reason) {
        failure = reason;
        notifyAll();
    }

    /** Called after the writing end is closed: the reader may now see the end of the stream. */
    synchronized void ended() {
        ended = true;
        notifyAll();
    }

    @Override
    public synchronized int read() throws IOException {
        awaitBytes();
        return super.read();
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        awaitBytes();
        return super.read(b, off, len);
    }

    private void awaitBytes() throws IOException {
        while (in < 0 && failure == null && !ended) {
            notifyAll();
            try {
                wait(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("export read interrupted");
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
