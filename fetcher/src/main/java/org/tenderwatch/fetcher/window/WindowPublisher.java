package org.tenderwatch.fetcher.window;

import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;
import org.tenderwatch.fetcher.publish.FetchedRelease;
import org.tenderwatch.fetcher.publish.PublishFailedException;
import org.tenderwatch.fetcher.publish.ReleasePublisher;
import org.tenderwatch.fetcher.source.NoticeSource;
import org.tenderwatch.fetcher.source.Window;

import java.util.List;

/** One window, start to finish: every page read, then every release published; only then may a checkpoint move. */
@Singleton
public class WindowPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(WindowPublisher.class);

    private final WindowReader reader;
    private final ReleasePublisher publisher;
    private final FetcherMetrics metrics;

    WindowPublisher(WindowReader reader, ReleasePublisher publisher, FetcherMetrics metrics) {
        this.reader = reader;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** Returns how many releases were newly published. */
    public int run(NoticeSource source, Window window)
            throws WindowIncompleteException, PublishFailedException, InterruptedException {
        Timer.Sample sample = Timer.start();
        try {
            List<FetchedRelease> releases = reader.read(source, window);
            int published = publisher.publish(source.name(), releases);
            LOG.info("{}: window {} read, {} releases, {} newly published", source.name(), window, releases.size(), published);
            return published;
        } finally {
            sample.stop(metrics.windowTimer(source.name()));
        }
    }
}
