package org.tenderwatch.ocds.cpu;

import org.tenderwatch.ocds.RawRelease;
import org.tenderwatch.ocds.ReleaseNormaliser;
import org.tenderwatch.ocds.ReleasePage;
import org.tenderwatch.ocds.InvalidOcdsException;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a test: the thread CPU the normaliser spends on a release, over every labelled real release of
 * {@code ../shared/data} (both sets), after a warm-up. Run with {@code ./mvnw -q -pl ocds -am verify -Pcpu -DskipTests}.
 */
public final class NormaliserCpu {

    private NormaliserCpu() {
    }

    public static void main(String[] args) throws IOException, InvalidOcdsException {
        Path data = Path.of(System.getProperty("tenderwatch.shared.data"));
        int rounds = Integer.getInteger("rounds", 30);
        List<RawRelease> releases = new ArrayList<>();
        for (Path set : List.of(data.resolve("labelled/releases"), data.resolve("labelled-2/releases"))) {
            try (Stream<Path> files = Files.walk(set)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    releases.addAll(ReleasePage.parse(Files.readString(file)).releases());
                }
            }
        }
        ReleaseNormaliser normaliser = new ReleaseNormaliser();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long checksum = normalise(normaliser, releases, 20);
        long before = threads.getCurrentThreadCpuTime();
        checksum += normalise(normaliser, releases, rounds);
        long used = threads.getCurrentThreadCpuTime() - before;
        System.out.printf("normalised %d real releases %d times: %.1f us of thread CPU a release (checksum %d)%n",
                releases.size(), rounds, used / 1000.0 / releases.size() / rounds, checksum);
    }

    private static long normalise(ReleaseNormaliser normaliser, List<RawRelease> releases, int rounds) throws InvalidOcdsException {
        long checksum = 0;
        for (int round = 0; round < rounds; round++) {
            for (RawRelease release : releases) {
                // Used, so that the work is not optimised away.
                checksum += normaliser.normalise("replay", release).notice().releaseId().length();
            }
        }
        return checksum;
    }
}
