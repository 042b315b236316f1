package org.tenderwatch.fetcher.window;

import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;
import org.tenderwatch.fetcher.publish.PublishFailedException;
import org.tenderwatch.fetcher.publish.ReleasePublisher;
import org.tenderwatch.fetcher.publish.WindowSpool;
import org.tenderwatch.fetcher.publish.WindowSpools;
import org.tenderwatch.fetcher.source.NoticeSource;
import org.tenderwatch.fetcher.source.Window;

/**
 * One window, start to finish: every page read into the window's spool, then every release published from it oldest
 * first; only then may a checkpoint move. Memory holds one page while reading and one batch while publishing.
 */
@Singleton
public class WindowPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(WindowPublisher.class);

    private final WindowReader reader;
    private final ReleasePublisher publisher;
    private final WindowSpools spools;
    private final FetcherMetrics metrics;

    WindowPublisher(WindowReader reader, ReleasePublisher publisher, WindowSpools spools, FetcherMetrics metrics) {
        this.reader = reader;
        this.publisher = publisher;
        this.spools = spools;
        this.metrics = metrics;
    }

    /** Returns how many releases were newly published. */
    public int run(NoticeSource source, Window window)
            throws WindowIncompleteException, PublishFailedException, InterruptedException {
        Timer.Sample sample = Timer.start();
        try (WindowSpool spool = spools.open(source.name())) {
            int read = reader.read(source, window, page -> spool.add(publisher.prepare(source.name(), page)));
            int published = publisher.publish(source.name(), spool);
            source.windowCompleted();
            LOG.info("{}: window {} read, {} releases, {} newly published", source.name(), window, read, published);
            return published;
        } finally {
            sample.stop(metrics.windowTimer(source.name()));
        }
    }
}
