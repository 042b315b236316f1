package org.tenderwatch.ocds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The recorded notices in the read-only shared data folder. */
final class SharedData {

    static final Path ROOT = Path.of(System.getProperty("tenderwatch.shared.data", "../../shared/data"));

    private SharedData() {
    }

    static String read(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
