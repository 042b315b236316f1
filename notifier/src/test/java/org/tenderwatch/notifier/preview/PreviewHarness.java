package org.tenderwatch.notifier.preview;

import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.Stage;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.NotifierProperties;
import org.tenderwatch.notifier.testing.RunningNotifier;

import java.io.IOException;
import org.tenderwatch.testing.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the volume preview (not a test): a notifier on the embedded Kafka and PostgreSQL, its notice table filled
 * with the shared data's real labelled releases (each with its label's category), copied until it holds {@code notices} notices spread over the last
 * 9 weeks, then previews asked over HTTP, one at a time. Arguments: notices (default 50000), runs (default 7).
 */
public final class PreviewHarness {

    private PreviewHarness() {
    }

    public static void main(String[] args) throws IOException {
        int notices = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<NoticeClassified> real = new ArrayList<>();
        Path labelled = Path.of(System.getProperty("tenderwatch.shared.data"), "labelled");
        // Each release with the category its label gives (its first specialty, if any), as a classifier right about it would.
        List<String> labels = Files.readAllLines(labelled.resolve("labels.csv"));
        for (String line : labels.subList(1, labels.size())) {
            String[] fields = line.split(",", 4);
            if (fields.length < 3 || !fields[0].startsWith("releases/")) {
                continue;
            }
            try {
                List<String> specialties = fields[2].isBlank() ? List.of() : List.of(fields[2].split(";")[0]);
                real.add(Fixtures.classified(Fixtures.release(fields[0].substring("releases/".length())), Category.fromLabel(fields[1]),
                        specialties, List.of("health-buyer"), Stage.TENDER, 0.8, List.of()));
            } catch (RuntimeException e) {
                // A release the normaliser refuses is not a notice the notifier would have stored.
            }
        }
        try (RunningNotifier notifier = new RunningNotifier(NotifierProperties.of("notices.classified.preview-harness", 1))) {
            for (NoticeClassified notice : real) {
                String payload = notifier.json().writeValueAsString(notice).replace("\\u0000", "");
                // Stored as the intake stores it: without the release as published.
                notifier.db().update("insert into notice (release_id, ocid, payload) values (?, ?, ?::jsonb #- '{notice,release}')"
                                + " on conflict do nothing",
                        notice.notice().releaseId(), notice.notice().ocid(), payload);
            }
            long base = notifier.db().count("select count(*) from notice");
            int copies = (int) Math.ceil((double) notices / base) - 1;
            notifier.db().update("""
                    insert into notice (release_id, ocid, payload, received_at)
                    select n.release_id || '#' || g, n.ocid, n.payload, now() - (g % 63) * interval '1 day'
                    from notice n, generate_series(1, ?) g""", copies);
            notifier.db().update("analyze notice");
            System.out.printf("notice table: %d rows (%d real releases, %d copies each)%n",
                    notifier.db().count("select count(*) from notice"), base, copies);
            System.out.println("by category: " + notifier.db().strings(
                    "select string_agg(c || ' ' || n, ', ') from (select payload->>'category' c, count(*) n from notice group by 1) t"));
            for (String filter : List.of("{}", "{\"categories\":[\"not_relevant\"]}",
                    "{\"specialties\":[\"endoscopy\"],\"keywords\":[\"insourcing\"]}")) {
                List<Long> millis = new ArrayList<>();
                String last = "";
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    Answer answer = notifier.post("/api/subscriptions/preview", "application/json", "{\"filter\":" + filter + "}");
                    millis.add((System.nanoTime() - start) / 1_000_000);
                    last = answer.statusCode() + " " + answer.body().replaceAll(".*(\"total\".*)", "$1");
                }
                List<Long> sorted = millis.stream().sorted().toList();
                System.out.printf("filter %s: median %d ms, min %d, max %d over %d runs; last answer %s%n", filter,
                        sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), runs, last);
            }
        }
        System.exit(0);
    }
}
