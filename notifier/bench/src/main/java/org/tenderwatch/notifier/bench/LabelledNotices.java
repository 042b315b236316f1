package org.tenderwatch.notifier.bench;

import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Reason;
import org.tenderwatch.events.Stage;
import org.tenderwatch.ocds.ReleaseNormaliser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The labelled real releases in the shared data, normalised, with their labels as the classification. */
final class LabelledNotices {

    private LabelledNotices() {
    }

    static List<NoticeClassified> load(Path labelled) throws IOException {
        ReleaseNormaliser normaliser = new ReleaseNormaliser();
        List<NoticeClassified> notices = new ArrayList<>();
        List<String> lines = Files.readAllLines(labelled.resolve("labels.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", 4);
            if (fields.length < 3) {
                continue;
            }
            try {
                NoticeFetched notice = normaliser.normalise("replay", Files.readString(labelled.resolve(fields[0]))).notice();
                List<String> specialties = fields[2].isBlank() ? List.of() : Arrays.asList(fields[2].split(";"));
                notices.add(new NoticeClassified(notice, Category.fromLabel(fields[1]), specialties, List.of("health-buyer"),
                        Stage.fromTags(notice.tags()), 0.8, List.of(new Reason("label", "label", fields[1], 1, "labelled " + fields[1])),
                        "bench", Instant.EPOCH));
            } catch (Exception e) {
                // A release the normaliser refuses is not a matching cost; the count printed at startup shows how many loaded.
            }
        }
        return notices;
    }
}
