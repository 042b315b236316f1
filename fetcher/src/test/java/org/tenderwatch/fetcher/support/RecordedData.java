package org.tenderwatch.fetcher.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real recorded notices in ../shared/data, found through the system property surefire sets. */
public final class RecordedData {

    private RecordedData() {
    }

    public static Path root() {
        String dir = System.getProperty("tenderwatch.shared.data", "../../shared/data");
        Path path = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("recorded data not found at " + path + " (tenderwatch.shared.data)");
        }
        return path;
    }

    public static Path labelledReleases() {
        return root().resolve("labelled/releases");
    }

    /** The JSON text of every release file in one labelled directory, e.g. {@code contracts-finder}, in name order. */
    public static List<String> releases(String directory) {
        try (Stream<Path> files = Files.list(labelledReleases().resolve(directory))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(RecordedData::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String package_(String name) {
        return read(root().resolve("packages").resolve(name));
    }
}
