package org.tenderwatch.e2e.harness;

import org.tenderwatch.e2e.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The run's one table: throughput per stage, latency, memory, start times, faults, and the ledger. */
final class Report {

    private final String table;

    Report(RunSettings settings, GeneratedNotices notices, TopicRecords fetched, TopicRecords classified, Ledger.Result ledger,
           List<Fault> faults, Sampler sampler, Stack stack, SmtpSink smtp, SlackSink slack, Instant fetcherStarted,
           List<Outbox.Row> alerts, CpuUse cpu) {
        StringBuilder t = new StringBuilder();
        t.append("| measure | value |\n|---|---|\n");
        row(t, "machine", Runtime.getRuntime().availableProcessors() + " cores, load average " + loadAverage()
                + ", service JVM options `" + System.getProperty("tenderwatch.service.jvm-options", ServiceProcess.DEFAULT_JVM_OPTIONS) + "`");
        row(t, "notices generated (from " + "the labelled real releases)", String.valueOf(notices.count()));
        long firstAlert = alerts.stream().mapToLong(Outbox.Row::createdAtMillis).min().orElse(0);
        long lastAlert = alerts.stream().mapToLong(Outbox.Row::createdAtMillis).max().orElse(0);
        row(t, "fetcher: notices published/s", rate(fetched.distinct(), fetched.earliest(), fetched.latest()));
        row(t, "classifier: notices classified/s", rate(classified.distinct(), classified.earliest(), classified.latest()));
        row(t, "notifier: alerts recorded/s", rate(alerts.size(), firstAlert, lastAlert));
        row(t, "end to end: notices/s, fetcher start → last alert recorded", rate(notices.count(), fetcherStarted.toEpochMilli(), lastAlert));
        List<Long> latencies = ledger.latenciesMillis().stream().sorted().toList();
        row(t, "fetch-publish → outbox latency p50 / p99", percentile(latencies, 50) + " / " + percentile(latencies, 99));
        for (ServiceProcess service : stack.services()) {
            row(t, service.name() + ": peak RSS / starts to /health UP (first, slowest of " + service.starts() + ")",
                    sampler.peakRssMb(service.name()) + " MB / " + starts(service.startTimes()));
        }
        cpuRows(t, cpu, notices.count());
        Map<FaultKind, Long> byKind = new EnumMap<>(FaultKind.class);
        faults.forEach(f -> byKind.merge(f.kind(), 1L, Long::sum));
        row(t, "faults injected (" + faults.size() + " of " + settings.faults() + " asked; "
                        + faults.stream().filter(Fault::midRun).count() + " while notices were on their way)",
                byKind.entrySet().stream().map(e -> e.getKey().label() + " ×" + e.getValue()).collect(Collectors.joining(", ")));
        row(t, "receivers refused", "SMTP 451: " + smtp.refused4xx() + ", SMTP 550: " + smtp.refused5xx()
                + ", Slack 429: " + slack.rateLimited() + ", Slack 503: " + slack.serverErrors());
        row(t, "notices published / twice", ledger.published() + " / " + ledger.publishedTwice());
        row(t, "notices classified / twice", ledger.classified() + " / " + ledger.classifiedTwice());
        row(t, "alerts expected / recorded in the outbox / unexpected", ledger.expected() + " / " + ledger.recorded() + " / " + ledger.unexpected());
        row(t, "alerts delivered exactly once (mail or Slack)", String.valueOf(ledger.delivered()));
        row(t, "alerts refused by the relay (550), recorded failed with the reason", String.valueOf(ledger.refusedPermanently()));
        row(t, "**lost** (not published, not classified, not recorded, or not delivered)", "**" + ledger.lost() + "**");
        row(t, "**duplicated**", "**" + ledger.duplicated() + "**");
        row(t, "resent in the send-to-record window: mail (same Message-ID) / Slack",
                ledger.mailResendsSameMessageId() + " / " + ledger.slackResends());
        row(t, "dead letters: fetcher / classifier / notifier / tracker", (long) sampler.totalStartingWith("fetcher", "tenderwatch_fetcher_dead_letters_total")
                + " / " + (long) sampler.totalStartingWith("classifier", "tenderwatch_classifier_dead_letters_total")
                + " / " + (long) sampler.totalStartingWith("notifier", "tenderwatch_notifier_notices_dead_lettered_total")
                + " / " + (long) sampler.totalStartingWith("tracker", "tenderwatch_tracker_notices_dead_lettered_total"));
        row(t, "/prometheus scrapes (failed while a service or its broker was down)", sampler.scrapes() + " (" + sampler.failedScrapes() + ")");
        table = t.toString();
    }

    private static void cpuRows(StringBuilder t, CpuUse cpu, long notices) {
        cpu.millisByPart().forEach((part, millis) -> row(t, "CPU per notice: " + part,
                String.format("%.2f ms (%.1f s, of it %.1f s starting JVMs)", CpuUse.perNotice(millis, notices),
                        millis / 1000.0, cpu.startingMillis(part) / 1000.0)));
        int cores = Runtime.getRuntime().availableProcessors();
        row(t, "**CPU per notice: the whole stack** / implied ceiling (" + cores + " cores ÷ CPU per notice)",
                String.format("**%.2f ms** (%.1f s) / **%.0f notices/s**", CpuUse.perNotice(cpu.totalMillis(), notices),
                        cpu.totalMillis() / 1000.0, cpu.ceilingPerSecond(cores, notices)));
        long working = cpu.totalMillis() - cpu.totalStartingMillis();
        row(t, "CPU per notice without starting JVMs / implied ceiling", String.format("%.2f ms (%.1f s) / %.0f notices/s",
                CpuUse.perNotice(working, notices), working / 1000.0, cpu.ceilingPerSecondStarted(cores, notices)));
    }

    String table() {
        return table;
    }

    private static void row(StringBuilder t, String measure, String value) {
        t.append("| ").append(measure).append(" | ").append(value).append(" |\n");
    }

    private static String rate(long count, long fromMillis, long toMillis) {
        if (count == 0 || toMillis <= fromMillis) {
            return "n/a";
        }
        return String.format("%.0f (%d in %.1f s)", count * 1000.0 / (toMillis - fromMillis), count, (toMillis - fromMillis) / 1000.0);
    }

    private static String percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return "n/a";
        }
        long millis = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        return String.format("%.1f s", millis / 1000.0);
    }

    private static String starts(List<Duration> times) {
        if (times.isEmpty()) {
            return "n/a";
        }
        return String.format("%.1f s, %.1f s", times.get(0).toMillis() / 1000.0,
                times.stream().mapToLong(Duration::toMillis).max().orElse(0) / 1000.0);
    }

    private static String loadAverage() {
        try {
            return Arrays.stream(Files.readString(Path.of("/proc/loadavg")).split(" ")).limit(3).collect(Collectors.joining(" "));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
