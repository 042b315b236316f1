package org.tenderwatch.fetcher.window;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.DeadLetterFactory;
import org.tenderwatch.events.DeadLetterKind;
import org.tenderwatch.fetcher.deadletter.DeadLetters;
import org.tenderwatch.fetcher.http.HttpSettings;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;
import org.tenderwatch.fetcher.publish.FetchedRelease;
import org.tenderwatch.fetcher.source.NoticeSource;
import org.tenderwatch.fetcher.http.SourceUnavailableException;
import org.tenderwatch.fetcher.source.Window;
import org.tenderwatch.fetcher.supervision.Workers;
import org.tenderwatch.ocds.InvalidOcdsException;
import org.tenderwatch.ocds.RawRelease;
import org.tenderwatch.ocds.ReleasePage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Follows a window's pages to the end, handing each page's releases on as it goes, or says why it could not. */
@Singleton
class WindowReader {

    private static final Logger LOG = LoggerFactory.getLogger(WindowReader.class);

    private final HttpSettings http;
    private final DeadLetters deadLetters;
    private final DeadLetterFactory letters;
    private final FetcherMetrics metrics;
    private final Workers workers;

    WindowReader(HttpSettings http, DeadLetters deadLetters, DeadLetterFactory letters, FetcherMetrics metrics, Workers workers) {
        this.workers = workers;
        this.http = http;
        this.deadLetters = deadLetters;
        this.letters = letters;
        this.metrics = metrics;
    }

    /** Returns how many releases the window's pages held. */
    int read(NoticeSource source, Window window, Consumer<List<FetchedRelease>> pages)
            throws WindowIncompleteException, InterruptedException {
        int releases = 0;
        Set<String> visited = new HashSet<>();
        Optional<String> location = source.firstPage(window);
        while (location.isPresent()) {
            String here = location.get();
            if (!visited.add(here)) {
                throw new WindowIncompleteException(source.name() + ": paging of " + window + " came back to " + here, true, null);
            }
            ReleasePage page = readPage(source, here);
            location = source.next(here, page);
            for (int attempt = 2; location.isEmpty() && source.looksCut(page) && attempt <= http.pageAttempts(); attempt++) {
                // Find a Tender has dropped links.next mid-crawl; a second look usually brings it back.
                LOG.warn("{}: full page without links.next at {} ({} releases); reading it again, try {} of {}",
                        source.name(), here, page.releases().size(), attempt, http.pageAttempts());
                pause(attempt);
                page = readPage(source, here);
                location = source.next(here, page);
            }
            if (location.isEmpty() && source.looksCut(page)) {
                LOG.warn("{}: {} reads consistently as a full last page without links.next; taking it as the end of {}",
                        source.name(), here, window);
            }
            List<FetchedRelease> fetched = new ArrayList<>(page.releases().size());
            for (RawRelease release : page.releases()) {
                fetched.add(new FetchedRelease(release, here));
            }
            releases += fetched.size();
            pages.accept(fetched);
            workers.progressed();
        }
        return releases;
    }

    private ReleasePage readPage(NoticeSource source, String location) throws WindowIncompleteException, InterruptedException {
        String body = null;
        InvalidOcdsException problem = null;
        for (int attempt = 1; attempt <= http.pageAttempts(); attempt++) {
            if (attempt > 1) {
                pause(attempt);
            }
            body = get(source, location);
            metrics.page(source.name());
            try {
                ReleasePage page = ReleasePage.parse(body);
                metrics.fetched(source.name(), page.releases().size());
                page.rejected().forEach(entry -> deadLetters.keep(letters.letter(DeadLetterKind.MALFORMED_RELEASE, entry, entry)
                        .about(source.name(), null, null).from(location)));
                return page;
            } catch (InvalidOcdsException e) {
                problem = e;
                LOG.warn("{}: malformed page at {} (try {} of {}): {}", source.name(), location, attempt, http.pageAttempts(), e.getMessage());
            }
        }
        deadLetters.keep(letters.letter(DeadLetterKind.MALFORMED_PAGE, problem.getMessage(), body)
                .about(source.name(), null, null).from(location));
        if (source.pagesStandAlone()) {
            source.stayedMalformed(location);
            LOG.warn("{}: {} stayed malformed after {} reads; kept as a dead letter, reading on", source.name(), location,
                    http.pageAttempts());
            return new ReleasePage(List.of(), List.of(), Optional.empty());
        }
        throw new WindowIncompleteException(source.name() + ": page " + location + " stayed malformed after "
                + http.pageAttempts() + " reads: " + problem.getMessage(), true, problem);
    }

    private static String get(NoticeSource source, String location) throws WindowIncompleteException, InterruptedException {
        try {
            return source.read(location);
        } catch (SourceUnavailableException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException(e.getMessage());
            }
            throw new WindowIncompleteException(e.getMessage(), false, e);
        }
    }

    private void pause(int attempt) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(Math.min(http.backoff().toMillis() << (attempt - 2), http.maxBackoff().toMillis()));
    }
}
