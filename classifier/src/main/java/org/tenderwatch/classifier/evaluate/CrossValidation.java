package org.tenderwatch.classifier.evaluate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * k-fold cross-validation: each fold is judged by a judge trained on the other folds, and the folds' matrices are
 * pooled into the held-out estimate. Folds are drawn by OCID, so the releases of one procurement are never split
 * between training and test. With the rules frozen and nothing learned, the trainer ignores its training folds.
 */
final class CrossValidation {

    /** Builds the judge for one fold from the labelled notices of the other folds. */
    @FunctionalInterface
    interface Trainer {
        ProcurementJudge train(List<LabelledNotice> training);
    }

    record Result(List<ConfusionMatrix> folds, ConfusionMatrix pooled) {
    }

    private CrossValidation() {
    }

    static Result run(LabelledReleases releases, int k, Trainer trainer) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + k);
        }
        List<ConfusionMatrix> folds = new ArrayList<>();
        ConfusionMatrix pooled = new ConfusionMatrix();
        for (int fold = 0; fold < k; fold++) {
            List<LabelledNotice> training = new ArrayList<>();
            List<LabelledNotice> test = new ArrayList<>();
            for (LabelledNotice notice : releases.read()) {
                (fold(notice.notice().ocid(), k) == fold ? test : training).add(notice);
            }
            int current = fold;
            List<Unreadable> unreadable = releases.unreadable().stream()
                    .filter(u -> fold(u.labelled().file(), k) == current).toList();
            ConfusionMatrix matrix = Evaluation.of(new LabelledReleases(test, unreadable), trainer.train(training))
                    .matrix();
            folds.add(matrix);
            pooled.addAll(matrix);
        }
        return new Result(List.copyOf(folds), pooled);
    }

    /** A fixed fold per key, the same on every machine and run. */
    static int fold(String key, int k) {
        long bits = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).getLeastSignificantBits();
        return (int) Math.floorMod(bits, (long) k);
    }
}
