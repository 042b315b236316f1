package org.tenderwatch.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The recorded releases a run replays: one release per procurement and per title, so that every alert can be
 * told apart by its title and none is a follow-up of another.
 */
final class ReplaySet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplaySet() {
    }

    static int copyInto(Path target) throws IOException {
        Path releases = Path.of(System.getProperty("tenderwatch.shared.data"), "labelled", "releases");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(releases)) {
            files = walk.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
        Set<String> ocids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        int copied = 0;
        for (Path file : files) {
            JsonNode release = JSON.readTree(file.toFile());
            String ocid = release.path("ocid").asText();
            String title = release.path("tender").path("title").asText(release.path("title").asText());
            if (!title.isBlank() && ocids.add(ocid) && titles.add(title.strip().toLowerCase())) {
                Files.copy(file, target.resolve(file.getFileName()));
                copied++;
            }
        }
        return copied;
    }
}
