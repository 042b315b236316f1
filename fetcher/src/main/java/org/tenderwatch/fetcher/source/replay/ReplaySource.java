package org.tenderwatch.fetcher.source.replay;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;
import org.tenderwatch.fetcher.source.NoticeSource;
import org.tenderwatch.fetcher.source.SourceSettings;
import org.tenderwatch.fetcher.http.SourceUnavailableException;
import org.tenderwatch.fetcher.source.Window;
import org.tenderwatch.ocds.ReleasePage;
import org.tenderwatch.ocds.Sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every {@code *.json} file under a directory, in path order, one file a page. Recorded files are not tied to the
 * live clock, so every window lists the whole directory, which makes files dropped in later show up on the next
 * poll; publish-once skips what was already sent. A file is settled once a window that read it completed (all of it
 * published or kept as a dead letter), or once it stayed malformed: it is not read again until its size or
 * modification time changes, so that polling a directory of 100,000 releases does not parse them all every minute.
 * The directory is listed once per window, not once per page.
 */
@Singleton
@Named(Sources.REPLAY)
class ReplaySource implements NoticeSource {

    private final SourceSettings settings;
    /** The files of the window being read; live polling and a backfill may each list it, either list will do. */
    private volatile NavigableSet<String> files = new TreeSet<>();
    /** Settled files, with their size and modification time when read. */
    private final Map<String, String> settled = new ConcurrentHashMap<>();
    /** The files the window this thread reads has read so far, with their size and modification time then. */
    private final ThreadLocal<Map<String, String>> readInWindow = ThreadLocal.withInitial(HashMap::new);
    private final FetcherMetrics metrics;

    ReplaySource(@Named(Sources.REPLAY) SourceSettings settings, FetcherMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return Sources.REPLAY;
    }

    @Override
    public SourceSettings settings() {
        return settings;
    }

    @Override
    public Optional<String> firstPage(Window window) {
        readInWindow.get().clear();
        NavigableSet<String> listed = list();
        files = listed;
        return listed.isEmpty() ? Optional.empty() : Optional.of(listed.first());
    }

    @Override
    public Optional<String> next(String location, ReleasePage page) {
        // A recorded package's links.next points at the live API; the next page of a replay is the next file.
        return Optional.ofNullable(files.higher(location));
    }

    @Override
    public boolean pagesStandAlone() {
        // Every window reads every file: a bad file that stopped the window would stop the files after it for good.
        return true;
    }

    @Override
    public boolean looksCut(ReleasePage page) {
        return false;
    }

    @Override
    public void windowCompleted() {
        settled.putAll(readInWindow.get());
        readInWindow.get().clear();
    }

    @Override
    public void stayedMalformed(String location) {
        String fingerprint = readInWindow.get().remove(location);
        if (fingerprint != null) {
            settled.put(location, fingerprint);
        }
    }

    @Override
    public String read(String location) throws SourceUnavailableException {
        try {
            // Taken before reading: a file that changes meanwhile differs from it next time and is read again.
            String fingerprint = fingerprint(Path.of(location));
            if (fingerprint != null) {
                readInWindow.get().put(location, fingerprint);
            }
            // Decoding replaces bad bytes rather than failing, so a damaged file is still read and judged as OCDS.
            return new String(Files.readAllBytes(Path.of(location)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceUnavailableException("replay file unreadable: " + location, e);
        }
    }

    private NavigableSet<String> list() {
        try (Stream<Path> walk = Files.walk(directory())) {
            NavigableSet<String> listed = walk.filter(Files::isRegularFile)
                    .map(Path::toString)
                    .filter(path -> path.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
            settled.keySet().retainAll(listed);
            int unchanged = 0;
            for (Map.Entry<String, String> file : settled.entrySet()) {
                if (file.getValue().equals(fingerprint(Path.of(file.getKey())))) {
                    listed.remove(file.getKey());
                    unchanged++;
                } else {
                    settled.remove(file.getKey());
                }
            }
            metrics.pagesSkipped(name(), unchanged);
            return listed;
        } catch (IOException e) {
            throw new IllegalStateException("replay directory unreadable: " + directory(), e);
        }
    }

    private static String fingerprint(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    private Path directory() {
        if (settings.directory() == null || settings.directory().isBlank()) {
            throw new IllegalStateException("replay needs fetcher.sources.replay.directory (FETCHER_REPLAY_DIRECTORY)");
        }
        return Path.of(settings.directory()).toAbsolutePath().normalize();
    }
}
