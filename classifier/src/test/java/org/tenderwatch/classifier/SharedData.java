package org.tenderwatch.classifier;

import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.ocds.InvalidOcdsException;
import org.tenderwatch.ocds.ReleaseNormaliser;
import org.tenderwatch.ocds.Sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The recorded notices in ../shared/data, found through the system property surefire sets. */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        String root = System.getProperty("tenderwatch.shared.data");
        if (root == null) {
            throw new IllegalStateException("system property tenderwatch.shared.data is not set (surefire sets it)");
        }
        return Path.of(root);
    }

    public static Path labels() {
        return root().resolve("labelled/labels.csv");
    }

    public static Path labels2() {
        return root().resolve("labelled-2/labels.csv");
    }

    /** A labelled release by its path relative to labels.csv, e.g. {@code releases/reconstructed/ocds-h6vhtk-05a419.json}. */
    public static String releaseJson(String relative) {
        try {
            return Files.readString(root().resolve("labelled").resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NoticeFetched notice(String relative) {
        return read("labelled", relative);
    }

    /** A release of {@code labelled-2} by its path relative to its labels.csv. */
    public static NoticeFetched notice2(String relative) {
        return read("labelled-2", relative);
    }

    private static NoticeFetched read(String set, String relative) {
        try {
            String json = Files.readString(root().resolve(set).resolve(relative), StandardCharsets.UTF_8);
            return new ReleaseNormaliser().normalise(Sources.REPLAY, json).notice();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidOcdsException e) {
            throw new IllegalStateException(relative + ": " + e.getMessage(), e);
        }
    }
}
