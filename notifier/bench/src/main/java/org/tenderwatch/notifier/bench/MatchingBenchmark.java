package org.tenderwatch.notifier.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.matching.Match;
import org.tenderwatch.notifier.matching.MatchableNotice;
import org.tenderwatch.notifier.matching.SubscriptionIndex;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time to match one real classified notice (normalising included) against N subscriptions. Run with
 * {@code -Dtenderwatch.shared.data=<path to shared/data>}; see notifier/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class MatchingBenchmark {

    @Param({"10000", "100000"})
    int subscriptions;

    private List<NoticeClassified> notices;
    private SubscriptionIndex index;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path labelled = Path.of(System.getProperty("tenderwatch.shared.data", "../shared/data"), "labelled");
        notices = LabelledNotices.load(labelled);
        long started = System.nanoTime();
        index = new SubscriptionIndex(SyntheticSubscriptions.make(subscriptions, notices, 42));
        long built = (System.nanoTime() - started) / 1_000_000;
        long matches = notices.stream().mapToLong(n -> index.match(MatchableNotice.of(n)).size()).sum();
        System.out.printf("%n%d real notices, %d subscriptions, index built in %d ms, %.1f matches per notice on average%n",
                notices.size(), subscriptions, built, (double) matches / notices.size());
    }

    @Benchmark
    public List<Match> matchOneNotice() {
        NoticeClassified notice = notices.get(next++ % notices.size());
        return index.match(MatchableNotice.of(notice));
    }
}
