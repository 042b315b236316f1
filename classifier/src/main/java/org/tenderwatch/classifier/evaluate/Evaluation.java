package org.tenderwatch.classifier.evaluate;

import org.tenderwatch.classifier.classify.Classifier;
import org.tenderwatch.ocds.InvalidOcdsException;
import org.tenderwatch.ocds.ReleaseNormaliser;
import org.tenderwatch.ocds.Sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Classifies every release of a labels CSV and compares with the labels. Needs no Kafka and no database. */
public final class Evaluation {

    private final List<Prediction> predictions;
    private final ConfusionMatrix matrix;

    private Evaluation(List<Prediction> predictions) {
        this.predictions = List.copyOf(predictions);
        this.matrix = new ConfusionMatrix();
        predictions.forEach(p -> matrix.add(p.labelled().category(), p.classified().category()));
    }

    public static Evaluation run(Path labelsCsv, Classifier classifier) throws IOException {
        ReleaseNormaliser normaliser = new ReleaseNormaliser();
        List<Prediction> predictions = new ArrayList<>();
        for (LabelledRelease labelled : LabelsFile.read(labelsCsv)) {
            String json = read(labelled.path());
            try {
                var notice = normaliser.normalise(Sources.REPLAY, json).notice();
                predictions.add(new Prediction(labelled, classifier.classify(notice)));
            } catch (InvalidOcdsException e) {
                throw new IllegalArgumentException(labelled.path() + ": not a usable OCDS release: " + e.getMessage(), e);
            }
        }
        return new Evaluation(predictions);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read release " + path, e);
        }
    }

    public ConfusionMatrix matrix() {
        return matrix;
    }

    List<Prediction> predictions() {
        return predictions;
    }

    List<Prediction> mistakes() {
        return predictions.stream().filter(p -> !p.correct()).toList();
    }
}
