package org.tenderwatch.e2e.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * N notices made from the real labelled releases in {@code ../shared/data}: release {@code n} is a copy of one real
 * release, in a fixed shuffled order, with a fresh OCID, a fresh release id and a date on an even timeline. Nothing is
 * kept per notice: a notice is rendered when a page asks for it, so 100,000 cost no more memory than 1,000.
 */
final class GeneratedNotices {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ObjectNode> templates;
    private final int count;
    private final String run;
    private final Instant first;
    private final Duration span;

    GeneratedNotices(Path sharedData, int count, Instant first, Duration span) {
        this.templates = load(sharedData);
        this.count = count;
        this.first = first.truncatedTo(ChronoUnit.SECONDS);
        this.span = span;
        // Fresh identities per run: a run never meets an earlier run's releases in a reused broker or database.
        this.run = Long.toHexString(System.currentTimeMillis() & 0xffffffL);
    }

    int count() {
        return count;
    }

    Instant first() {
        return first;
    }

    Instant last() {
        return date(count - 1);
    }

    String ocid(int n) {
        return "ocds-h6vhtk-tw" + run + "x" + Integer.toHexString(n);
    }

    /** The index of a generated OCID, or -1 when the text is not one of this run's OCIDs. */
    int indexOf(String ocid) {
        String prefix = "ocds-h6vhtk-tw" + run + "x";
        if (!ocid.startsWith(prefix)) {
            return -1;
        }
        try {
            int n = Integer.parseInt(ocid.substring(prefix.length()), 16);
            return n < count ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    String ocidPattern() {
        return "ocds-h6vhtk-tw" + run + "x[0-9a-f]+";
    }

    String releaseId(int n) {
        return "tw" + run + "-" + n;
    }

    Instant date(int n) {
        return first.plusMillis(count <= 1 ? 0 : span.toMillis() * n / (count - 1));
    }

    /** The first notice dated at or after {@code instant} (count when none is). */
    int firstAtOrAfter(Instant instant) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (date(mid).isBefore(instant)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    ObjectNode release(int n) {
        ObjectNode release = templates.get(n % templates.size()).deepCopy();
        release.put("ocid", ocid(n));
        release.put("id", releaseId(n));
        release.put("date", date(n).truncatedTo(ChronoUnit.SECONDS).toString());
        return release;
    }

    private static List<ObjectNode> load(Path sharedData) {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(
                Files.walk(sharedData.resolve("labelled").resolve("releases")),
                Files.walk(sharedData.resolve("labelled-2").resolve("releases")))) {
            files = walk.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the labelled releases in " + sharedData, e);
        }
        List<ObjectNode> loaded = new ArrayList<>();
        for (Path file : files) {
            try {
                if (JSON.readTree(file.toFile()) instanceof ObjectNode release) {
                    loaded.add(release);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable labelled release " + file, e);
            }
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("no labelled releases under " + sharedData);
        }
        // Fixed order, mixed sources: every stretch of the run has the real share of health notices, not one source's.
        Collections.shuffle(loaded, new Random(10));
        return List.copyOf(loaded);
    }
}
