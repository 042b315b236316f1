package org.tenderwatch.classifier.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.classifier.classify.TextNormaliser;
import org.tenderwatch.classifier.classify.rules.Rule;
import org.tenderwatch.classifier.classify.rules.Rules;
import org.tenderwatch.classifier.classify.rules.RulesLoader;
import org.tenderwatch.classifier.classify.rules.Specialty;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.ocds.ReleaseNormaliser;
import org.tenderwatch.ocds.Sources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Classifies every real release of the labelled set (already normalised into notices, as the service receives
 * them) on one thread; the score is notices per second. In the same run, the floor to compare it with: one bare
 * Aho-Corasick walk (the same double-array trie, over the same phrases) through each notice's title and description,
 * normalised beforehand, doing nothing with the hits but count them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifierBenchmark {

    /** The number of releases in the labelled set; checked at set-up so the per-notice figure stays honest. */
    static final int RELEASES = 475;

    private Classifier classifier;
    private List<NoticeFetched> notices;
    private final AhoCorasickDoubleArrayTrie<String> bareAutomaton = new AhoCorasickDoubleArrayTrie<>();
    private List<String> normalisedTexts;

    @Setup
    public void load() throws Exception {
        Rules rules = RulesLoader.bundled();
        classifier = new Classifier(rules, Clock.systemUTC());
        Path releases = Path.of(System.getProperty("tenderwatch.shared.data", "../shared/data"), "labelled/releases");
        ReleaseNormaliser normaliser = new ReleaseNormaliser();
        notices = new ArrayList<>();
        try (Stream<Path> files = Files.walk(releases)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                notices.add(normaliser.normalise(Sources.REPLAY, Files.readString(file, StandardCharsets.UTF_8)).notice());
            }
        }
        if (notices.size() != RELEASES) {
            throw new IllegalStateException("expected " + RELEASES + " releases, found " + notices.size() + " in " + releases);
        }
        TextNormaliser text = new TextNormaliser(rules.joinPrefixes());
        Map<String, String> phrases = new TreeMap<>();
        for (Rule rule : rules.rules()) {
            rule.phrases().forEach(p -> phrases.put(text.normalise(p.replace("*", "")), p));
        }
        for (Specialty specialty : rules.specialties()) {
            specialty.phrases().forEach(p -> phrases.put(text.normalise(p.replace("*", "")), p));
        }
        phrases.remove("");
        bareAutomaton.build(phrases);
        normalisedTexts = notices.stream().map(n -> text.normalise(
                (n.title() == null ? "" : n.title()) + "\n" + (n.description() == null ? "" : n.description()))).toList();
    }

    @Benchmark
    @OperationsPerInvocation(RELEASES)
    public void classifyEveryRelease(Blackhole sink) {
        for (NoticeFetched notice : notices) {
            sink.consume(classifier.classify(notice));
        }
    }

    @Benchmark
    @OperationsPerInvocation(RELEASES)
    public void bareAhoCorasickScanOfEveryRelease(Blackhole sink) {
        int[] hits = new int[1];
        AhoCorasickDoubleArrayTrie.IHit<String> count = (start, end, phrase) -> hits[0]++;
        for (String text : normalisedTexts) {
            bareAutomaton.parseText(text, count);
        }
        sink.consume(hits[0]);
    }
}
