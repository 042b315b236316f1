package org.tenderwatch.classifier.evaluate;

import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.classifier.classify.rules.RulesLoader;
import org.tenderwatch.classifier.procurement.ProcurementClassifier;
import org.tenderwatch.events.Reason;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code evaluate LABELS.csv [LABELS.csv…] PREDICTIONS.csv [--rules FILE] [--explain] [--cross-validate K]}: runs
 * without Kafka or a database, prints the confusion matrix and per-class figures (of each set, then of all together),
 * writes the predictions. {@code --explain} lists each mistake with the reasons that decided it and every release
 * that could not be read; {@code --cross-validate K} adds a K-fold cross-validation over all the sets;
 * {@code --by-procurement} judges each release with what its procurement's earlier labelled releases said.
 */
public final class EvaluateCommand {

    public static final String NAME = "evaluate";
    private static final String USAGE = "usage: evaluate LABELS.csv [LABELS.csv...] PREDICTIONS.csv [--rules RULES.yml]"
            + " [--explain] [--cross-validate K] [--by-procurement]";

    private EvaluateCommand() {
    }

    /** Returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String rulesPath = System.getenv("CLASSIFIER_RULES_PATH");
        boolean explain = false;
        boolean byProcurement = false;
        int folds = 0;
        List<String> positional = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--explain" -> explain = true;
                    case "--by-procurement" -> byProcurement = true;
                    case "--rules" -> rulesPath = value(args, ++i, "--rules");
                    case "--cross-validate" -> folds = Integer.parseInt(value(args, ++i, "--cross-validate"));
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                        }
                        positional.add(args[i]);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (positional.size() < 2) {
            err.println(USAGE);
            return 2;
        }
        try {
            Classifier classifier = new Classifier(RulesLoader.load(rulesPath), Clock.systemUTC());
            List<Path> labels = positional.subList(0, positional.size() - 1).stream().map(Path::of).toList();
            Path predictionsCsv = Path.of(positional.get(positional.size() - 1));
            LabelledReleases releases = LabelledReleases.read(LabelsFile.read(labels));
            ProcurementJudge judge = byProcurement
                    ? ProcurementJudge.byProcurement(new ProcurementClassifier(classifier))
                    : ProcurementJudge.releaseByRelease(classifier);
            Evaluation evaluation = Evaluation.of(releases, judge);
            PredictionsFile.write(predictionsCsv, evaluation);
            out.println("rules version " + classifier.rulesVersion() + ", " + (releases.read().size()
                    + releases.unreadable().size()) + " releases, " + releases.unreadable().size() + " unreadable, "
                    + (byProcurement ? "each judged with what its procurement's earlier releases said"
                    : "each judged on its own") + "\n");
            if (labels.size() > 1) {
                for (String set : sets(releases)) {
                    out.println("== " + set);
                    out.println(Evaluation.of(only(releases, set), judge).matrix().format());
                }
                out.println("== all together");
            }
            out.print(evaluation.matrix().format());
            out.println(possiblyRelevant(evaluation));
            if (folds > 0) {
                crossValidate(releases, folds, judge, out);
            }
            if (explain) {
                explain(evaluation, out);
            }
            out.println("\npredictions written to " + predictionsCsv);
            return 0;
        } catch (Exception e) {
            err.println("evaluate failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    /** How many notices would be listed for review, and how many of those are labelled relevant. */
    static String possiblyRelevant(Evaluation evaluation) {
        List<Prediction> listed = evaluation.possiblyRelevant();
        long relevant = listed.stream().filter(p -> p.labelled().category().relevant()).count();
        long guessedRight = listed.stream().filter(p -> p.labelled().category() == p.classified().category()).count();
        return String.format(Locale.ROOT, "possibly relevant (listed for review, not alerted, counted above as"
                + " not_relevant): %d, of which %d labelled relevant, %d with the right best guess", listed.size(),
                relevant, guessedRight);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static List<String> sets(LabelledReleases releases) {
        List<String> sets = new ArrayList<>();
        releases.read().forEach(n -> sets.add(n.labelled().set()));
        releases.unreadable().forEach(u -> sets.add(u.labelled().set()));
        return sets.stream().distinct().toList();
    }

    private static LabelledReleases only(LabelledReleases releases, String set) {
        return new LabelledReleases(releases.read().stream().filter(n -> n.labelled().set().equals(set)).toList(),
                releases.unreadable().stream().filter(u -> u.labelled().set().equals(set)).toList());
    }

    /** The rules are frozen: every fold is judged by the same classifier, so the trainer ignores its folds. */
    private static void crossValidate(LabelledReleases releases, int folds, ProcurementJudge judge, PrintStream out) {
        CrossValidation.Result result = CrossValidation.run(releases, folds, training -> judge);
        out.printf(Locale.ROOT, "%n== %d-fold cross-validation (folds by OCID), rules frozen%n", folds);
        for (int i = 0; i < result.folds().size(); i++) {
            ConfusionMatrix fold = result.folds().get(i);
            out.printf(Locale.ROOT, "fold %d: %d releases, macro-F1 %.3f%n", i + 1, fold.total(), fold.macroF1());
        }
        out.println("pooled held-out folds:");
        out.print(result.pooled().format());
    }

    private static void explain(Evaluation evaluation, PrintStream out) {
        out.println("\nmistakes:");
        for (Prediction mistake : evaluation.mistakes()) {
            var classified = mistake.classified();
            out.printf("- %s%n  expected %s, predicted %s%s (%.2f): %s%n", evaluation.name(mistake.labelled()),
                    mistake.labelled().category().label(), mistake.alerted().label(),
                    classified.possiblyRelevant() ? " (possibly " + classified.category().label() + ")" : "",
                    classified.confidence(),
                    classified.notice().title());
            out.println(classified.reasons().stream().map(Reason::explanation)
                    .collect(Collectors.joining("\n    ", "    ", "")));
        }
        out.println("\npossibly relevant (listed for review):");
        for (Prediction listed : evaluation.possiblyRelevant()) {
            out.printf("- %s%n  labelled %s, best guess %s (%.2f): %s%n", evaluation.name(listed.labelled()),
                    listed.labelled().category().label(), listed.classified().category().label(),
                    listed.classified().confidence(), listed.classified().notice().title());
        }
        if (!evaluation.unreadable().isEmpty()) {
            out.println("\nnot classified (counted as misses):");
            for (Unreadable unreadable : evaluation.unreadable()) {
                out.printf("- %s (labelled %s): %s%n", evaluation.name(unreadable.labelled()),
                        unreadable.labelled().category().label(), unreadable.reason());
            }
        }
    }
}
