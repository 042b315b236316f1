package org.tenderwatch.tracker.bench;

import org.tenderwatch.tracker.testing.Generated;
import org.tenderwatch.tracker.testing.RunningTracker;
import org.tenderwatch.tracker.testing.TrackerProperties;
import org.tenderwatch.testing.Answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Search over many procurements, end to end over HTTP: the page a person gets, rendered. The record is filled from
 * the real labelled releases, first through the tracker's own recorder, then copied in SQL under fresh OCIDs with
 * dates shifted back (text, buyers, suppliers, values and labels stay real) until it holds the number asked for.
 * Not a test: run it by hand (see tracker/README.md), on a machine otherwise idle.
 *
 * <pre>java … org.tenderwatch.tracker.bench.SearchBenchmark [procurements, default 100000] [rounds, default 20]</pre>
 */
public final class SearchBenchmark {

    /** Searches people make: words, filters, both, broad and narrow, sorted and deep. */
    private static final List<String> SEARCHES = List.of(
            "/", "/?q=cleaning", "/?q=%22mental+health%22", "/?q=endoscopy", "/?q=services&show=all",
            "/?category=clinical_insourcing", "/?category=nonclinical_outsourcing&q=laundry", "/?buyer=nhs+england",
            "/?supplier=limited", "/?min=1000000&sort=value", "/?region=UKE", "/?specialty=imaging", "/?signal=health-buyer",
            "/?from=2025-01-01&to=2025-12-31", "/?show=possibly&q=health", "/?page=40", "/?q=care+-home&sort=date",
            "/?source=replay&lifecycle=tendered", "/?q=hospital&min=100000&max=5000000");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (RunningTracker tracker = new RunningTracker(TrackerProperties.of("tracker-bench"))) {
            long loadStart = System.nanoTime();
            int recorded = new Generated().fill(tracker, wanted);
            System.out.printf(Locale.UK, "recorded %d releases through the recorder, %d procurements in all, in %.1f s%n", recorded,
                    tracker.db().count("select count(*) from procurement"), (System.nanoTime() - loadStart) / 1e9);
            for (String search : SEARCHES) {
                get(tracker, search);
            }
            List<Long> all = new ArrayList<>();
            System.out.printf("%-48s %8s %8s %8s%n", "search", "p50 ms", "p95 ms", "max ms");
            for (String search : SEARCHES) {
                long[] times = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    get(tracker, search);
                    times[i] = System.nanoTime() - start;
                    all.add(times[i]);
                }
                Arrays.sort(times);
                System.out.printf(Locale.UK, "%-48s %8.1f %8.1f %8.1f%n", search, ms(percentile(times, 50)), ms(percentile(times, 95)),
                        ms(times[times.length - 1]));
            }
            long[] every = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.UK, "%-48s %8.1f %8.1f %8.1f   (%d requests)%n", "ALL", ms(percentile(every, 50)),
                    ms(percentile(every, 95)), ms(every[every.length - 1]), every.length);
        }
        System.exit(0);
    }

    private static void get(RunningTracker tracker, String path) {
        Answer response = tracker.get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
