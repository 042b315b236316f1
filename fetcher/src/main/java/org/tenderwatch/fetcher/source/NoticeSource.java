package org.tenderwatch.fetcher.source;

import org.tenderwatch.fetcher.http.SourceUnavailableException;
import org.tenderwatch.ocds.ReleasePage;

import java.util.Optional;

/**
 * A place that publishes OCDS release packages in pages. A window is read by asking for {@link #firstPage},
 * then following {@link #next} until it is empty.
 */
public interface NoticeSource {

    /** The source name used in events, metrics, checkpoints and the dedupe key. */
    String name();

    SourceSettings settings();

    /** The location of the first page of a window; empty when there is nothing to read. */
    Optional<String> firstPage(Window window);

    /** The raw body at a location; throws when the source stays unreachable after polite retries. */
    String read(String location) throws SourceUnavailableException;

    /** Where the page after this one is, or empty at the end of the window. */
    default Optional<String> next(String location, ReleasePage page) {
        return page.next();
    }

    /**
     * Whether each page stands on its own (a replay file), so that one that stays malformed is kept as a dead letter
     * and the window read on without it. An API page cannot be skipped: the way to the next one is written in it.
     */
    default boolean pagesStandAlone() {
        return false;
    }

    /**
     * The window this thread was reading is read and published to its end: a source that can tell when a page
     * changes (a replay file) need not read its pages again until then.
     */
    default void windowCompleted() {
    }

    /**
     * A page that stood on its own stayed malformed and was kept as a dead letter: a source that can tell when it
     * changes (a replay file) need not read it again until then.
     */
    default void stayedMalformed(String location) {
    }

    /** A full page without a next link: paging may have broken rather than ended. */
    default boolean looksCut(ReleasePage page) {
        return page.next().isEmpty() && page.releases().size() + page.rejected().size() >= settings().pageSize();
    }
}
