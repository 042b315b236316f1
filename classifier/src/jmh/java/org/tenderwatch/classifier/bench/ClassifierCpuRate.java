package org.tenderwatch.classifier.bench;

import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.classifier.classify.rules.RulesLoader;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.ocds.ReleaseNormaliser;
import org.tenderwatch.ocds.Sources;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's loop measured in the thread's CPU time rather than wall-clock time: on a machine shared with
 * other builds the wall-clock score says more about the neighbours than about the classifier. Prints notices per
 * CPU-second for eight rounds of two CPU-seconds; the first rounds warm up.
 */
public final class ClassifierCpuRate {

    private ClassifierCpuRate() {
    }

    public static void main(String[] args) throws Exception {
        Classifier classifier = new Classifier(RulesLoader.load(args.length > 0 ? args[0] : null), Clock.systemUTC());
        Path releases = Path.of(System.getProperty("tenderwatch.shared.data", "../shared/data"), "labelled/releases");
        ReleaseNormaliser normaliser = new ReleaseNormaliser();
        List<NoticeFetched> notices = new ArrayList<>();
        try (Stream<Path> files = Files.walk(releases)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                notices.add(normaliser.normalise(Sources.REPLAY, Files.readString(file, StandardCharsets.UTF_8)).notice());
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long reasons = 0;
        for (int round = 1; round <= 8; round++) {
            long start = threads.getCurrentThreadCpuTime();
            long classified = 0;
            while (threads.getCurrentThreadCpuTime() - start < 2_000_000_000L) {
                for (NoticeFetched notice : notices) {
                    reasons += classifier.classify(notice).reasons().size();
                    classified++;
                }
            }
            double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            System.out.printf("round %d: %.0f notices per CPU-second%n", round, classified / seconds);
        }
        System.out.println(notices.size() + " releases, " + reasons + " reasons given");
    }
}
