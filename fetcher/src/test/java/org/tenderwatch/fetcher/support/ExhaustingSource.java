package org.tenderwatch.fetcher.support;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.tenderwatch.fetcher.source.NoticeSource;
import org.tenderwatch.fetcher.source.SourceSettings;
import org.tenderwatch.fetcher.source.Window;

import java.util.Optional;

/**
 * A source whose every page needs more memory than any heap has, as a page too large for the heap does: the JVM
 * throws a real {@link OutOfMemoryError} in the polling thread. Exists only when a test configures it.
 */
@Singleton
@Named(ExhaustingSource.NAME)
@Requires(property = "fetcher.sources." + ExhaustingSource.NAME + ".enabled", value = "true")
public class ExhaustingSource implements NoticeSource {

    public static final String NAME = "exhausting";

    private final SourceSettings settings;

    ExhaustingSource(@Named(NAME) SourceSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceSettings settings() {
        return settings;
    }

    @Override
    public Optional<String> firstPage(Window window) {
        return Optional.of("memory:page-1");
    }

    @Override
    public String read(String location) {
        long[] page = new long[Integer.MAX_VALUE - 8];
        return "{\"releases\": [], \"size\": " + page.length + "}";
    }
}
