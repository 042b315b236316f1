package org.tenderwatch.classifier.evaluate;

import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.events.NoticeClassified;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies every release of one or more labels CSVs and compares with the labels. Needs no Kafka and no
 * database. A release that cannot be read or classified does not stop it: it is listed with the reason and counted
 * as a miss of its label, as it would be missed in service.
 */
public final class Evaluation {

    private static final Comparator<LabelledNotice> RELEASE_ORDER = Comparator.comparing(
            (LabelledNotice n) -> n.notice().releaseDate(),
            Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder()))
            .thenComparingInt(n -> n.labelled().order());

    private final List<Prediction> predictions;
    private final List<Unreadable> unreadable;
    private final ConfusionMatrix matrix;
    private final boolean severalSets;

    private Evaluation(List<Prediction> predictions, List<Unreadable> unreadable, boolean severalSets) {
        this.predictions = predictions.stream().sorted(Comparator.comparingInt(p -> p.labelled().order())).toList();
        this.unreadable = unreadable.stream().sorted(Comparator.comparingInt(u -> u.labelled().order())).toList();
        this.severalSets = severalSets;
        this.matrix = new ConfusionMatrix();
        predictions.forEach(p -> matrix.add(p.labelled().category(), p.alerted()));
        unreadable.forEach(u -> matrix.addUnreadable(u.labelled().category()));
    }

    public static Evaluation run(Path labelsCsv, Classifier classifier) throws IOException {
        return run(List.of(labelsCsv), ProcurementJudge.releaseByRelease(classifier));
    }

    public static Evaluation run(List<Path> labelsCsvs, ProcurementJudge judge) throws IOException {
        return of(LabelledReleases.read(LabelsFile.read(labelsCsvs)), judge);
    }

    /** Hands each procurement's releases to the judge, oldest first, and compares with the labels. */
    static Evaluation of(LabelledReleases releases, ProcurementJudge judge) {
        List<Unreadable> unreadable = new ArrayList<>(releases.unreadable());
        Map<String, List<LabelledNotice>> byOcid = new LinkedHashMap<>();
        releases.read().forEach(n -> byOcid.computeIfAbsent(n.notice().ocid(), k -> new ArrayList<>()).add(n));
        List<Prediction> predictions = new ArrayList<>();
        for (List<LabelledNotice> procurement : byOcid.values()) {
            procurement.sort(RELEASE_ORDER);
            try {
                List<NoticeClassified> results = judge.judge(procurement.stream().map(LabelledNotice::notice).toList());
                if (results.size() != procurement.size()) {
                    throw new IllegalStateException("the judge returned " + results.size() + " classifications for "
                            + procurement.size() + " releases");
                }
                for (int i = 0; i < results.size(); i++) {
                    predictions.add(new Prediction(procurement.get(i).labelled(), results.get(i)));
                }
            } catch (RuntimeException e) {
                procurement.forEach(n -> unreadable.add(new Unreadable(n.labelled(), "the classifier failed: " + e)));
            }
        }
        return new Evaluation(predictions, unreadable, allSets(releases).size() > 1);
    }

    private static List<String> allSets(LabelledReleases releases) {
        List<String> sets = new ArrayList<>();
        releases.read().forEach(n -> sets.add(n.labelled().set()));
        releases.unreadable().forEach(u -> sets.add(u.labelled().set()));
        return sets.stream().distinct().toList();
    }

    public ConfusionMatrix matrix() {
        return matrix;
    }

    List<Prediction> predictions() {
        return predictions;
    }

    List<Unreadable> unreadable() {
        return unreadable;
    }

    /** The notices published as possibly relevant: what a reviewer would be asked to look at. */
    List<Prediction> possiblyRelevant() {
        return predictions.stream().filter(p -> p.classified().possiblyRelevant()).toList();
    }

    List<Prediction> mistakes() {
        return predictions.stream().filter(p -> !p.correct()).toList();
    }

    /** How a release is named in the output: prefixed by its set when several sets are evaluated together. */
    String name(LabelledRelease labelled) {
        return labelled.name(severalSets);
    }
}
