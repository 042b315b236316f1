package org.tenderwatch.classifier.evaluate;

import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.classifier.classify.rules.RulesLoader;
import org.tenderwatch.events.Reason;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;

/**
 * {@code evaluate LABELS.csv PREDICTIONS.csv [--rules FILE] [--explain]}: runs without Kafka or a database, prints
 * the confusion matrix and per-class figures, writes the predictions. {@code --explain} lists each mistake with
 * the rules that decided it.
 */
public final class EvaluateCommand {

    public static final String NAME = "evaluate";
    private static final String USAGE = "usage: evaluate LABELS.csv PREDICTIONS.csv [--rules RULES.yml] [--explain]";

    private EvaluateCommand() {
    }

    /** Returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 3) {
            err.println(USAGE);
            return 2;
        }
        String rulesPath = System.getenv("CLASSIFIER_RULES_PATH");
        boolean explain = false;
        for (int i = 3; i < args.length; i++) {
            if (args[i].equals("--explain")) {
                explain = true;
            } else if (args[i].equals("--rules") && i + 1 < args.length) {
                rulesPath = args[++i];
            } else {
                err.println("unknown option '" + args[i] + "'\n" + USAGE);
                return 2;
            }
        }
        try {
            Classifier classifier = new Classifier(RulesLoader.load(rulesPath), Clock.systemUTC());
            Evaluation evaluation = Evaluation.run(Path.of(args[1]), classifier);
            PredictionsFile.write(Path.of(args[2]), evaluation.predictions());
            out.println("rules version " + classifier.rulesVersion() + ", " + evaluation.predictions().size() + " releases\n");
            out.print(evaluation.matrix().format());
            if (explain) {
                explain(evaluation, out);
            }
            out.println("\npredictions written to " + args[2]);
            return 0;
        } catch (Exception e) {
            err.println("evaluate failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    private static void explain(Evaluation evaluation, PrintStream out) {
        out.println("\nmistakes:");
        for (Prediction mistake : evaluation.mistakes()) {
            var classified = mistake.classified();
            out.printf("- %s%n  expected %s, predicted %s (%.2f): %s%n", mistake.labelled().file(),
                    mistake.labelled().category().label(), classified.category().label(), classified.confidence(),
                    classified.notice().title());
            out.println(classified.reasons().stream().map(Reason::explanation)
                    .collect(Collectors.joining("\n    ", "    ", "")));
        }
    }
}
