package org.tenderwatch.notifier.deliver;

import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.Stage;
import org.tenderwatch.notifier.testing.Fixtures;
import org.tenderwatch.notifier.testing.NotifierProperties;
import org.tenderwatch.notifier.testing.RunningNotifier;
import org.tenderwatch.ocds.Sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the monthly message's figures (not a test): a notifier on the embedded Kafka and PostgreSQL, its notice
 * table filled with the shared data's real labelled releases under their own source (Find a Tender or Contracts
 * Finder), copied until it holds {@code notices} notices spread over the last 9 weeks, a subscriber with an alert that
 * matched one notice in 20; then the figures of last month built {@code runs} times. Arguments: notices (default
 * 50000), runs (default 7).
 */
public final class MonthlyFiguresHarness {

    private MonthlyFiguresHarness() {
    }

    public static void main(String[] args) throws IOException {
        int notices = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<NoticeClassified> real = new ArrayList<>();
        Path labelled = Path.of(System.getProperty("tenderwatch.shared.data"), "labelled");
        List<String> labels = Files.readAllLines(labelled.resolve("labels.csv"));
        for (String line : labels.subList(1, labels.size())) {
            String[] fields = line.split(",", 4);
            if (fields.length < 3 || !fields[0].startsWith("releases/")) {
                continue;
            }
            String path = fields[0].substring("releases/".length());
            String source = path.startsWith("contracts-finder/") ? Sources.CONTRACTS_FINDER : Sources.FIND_A_TENDER;
            try {
                real.add(Fixtures.classified(Fixtures.release(path, source), Category.fromLabel(fields[1]), List.of(),
                        List.of("health-buyer"), Stage.TENDER, 0.8, List.of()));
            } catch (RuntimeException e) {
                // A release the normaliser refuses is not a notice the notifier would have stored.
            }
        }
        try (RunningNotifier notifier = new RunningNotifier(NotifierProperties.of("notices.classified.monthly-harness", 1))) {
            for (NoticeClassified notice : real) {
                String payload = notifier.json().writeValueAsString(notice).replace("\\u0000", "");
                notifier.db().update("insert into notice (release_id, ocid, payload) values (?, ?, ?::jsonb #- '{notice,release}')"
                        + " on conflict do nothing", notice.notice().releaseId(), notice.notice().ocid(), payload);
            }
            long base = notifier.db().count("select count(*) from notice");
            int copies = (int) Math.ceil((double) notices / base) - 1;
            notifier.db().update("""
                    insert into notice (release_id, ocid, payload, received_at)
                    select n.release_id || '#' || g, n.ocid, n.payload, now() - (g % 63) * interval '1 day' - random() * interval '1 day'
                    from notice n, generate_series(1, ?) g""", copies);
            long subscription = notifier.subscribe("""
                    {"channel":"email","address":"reader@example.org","confirmed":true,"monthlySummary":true,"filter":{}}""");
            long subscriber = notifier.db().count("select subscriber_id from subscription where id = ?", subscription);
            notifier.db().update("""
                    insert into alert (subscription_id, subscriber_id, release_id, ocid, kind, cadence, created_at)
                    select ?, ?, release_id, ocid, 'match', 'instant', received_at from notice where hashtext(release_id) % 20 = 0""",
                    subscription, subscriber);
            notifier.db().update("analyze");
            YearMonth month = YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1);
            System.out.printf("notice table: %d rows (%d real releases, %d copies each); %d alerts; by source: %s%n",
                    notifier.db().count("select count(*) from notice"), base, copies,
                    notifier.db().count("select count(*) from alert"),
                    notifier.db().strings("select string_agg(source || ' ' || n, ', ') from (select source, count(*) n from notice group by 1) t"));
            MonthlyFigures figures = notifier.context().getBean(MonthlyFigures.class);
            List<Long> millis = new ArrayList<>();
            MonthlyReport report = null;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                report = figures.of(subscriber, month).orElseThrow();
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            List<Long> sorted = millis.stream().sorted().toList();
            System.out.printf("figures of %s: median %d ms, min %d, max %d over %d runs%n", month, sorted.get(sorted.size() / 2),
                    sorted.get(0), sorted.get(sorted.size() - 1), runs);
            report.sources().forEach(s -> System.out.printf("  %s: %d read, %d matched%n", s.name(), s.read(), s.matched()));
        }
        System.exit(0);
    }
}
