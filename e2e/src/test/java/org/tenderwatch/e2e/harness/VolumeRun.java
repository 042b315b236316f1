package org.tenderwatch.e2e.harness;

import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.Topics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;

/**
 * One run of the harness: generated notices through the real stack while faults are injected, then the ledger and
 * the table. Used by the short run in the build and by the full run (the same test with more notices and faults).
 */
final class VolumeRun {

    private static final Logger LOG = LoggerFactory.getLogger(VolumeRun.class);

    /** Subscriptions with the shares real subscribers would have: each category alone, all of them, and Slack channels. */
    private static final List<Subscription> WANTED = List.of(
            new Subscription(0, "email", "outsourcing-watch@example.org", Set.of("clinical_outsourcing")),
            new Subscription(0, "email", "insourcing-watch@example.org", Set.of("clinical_insourcing")),
            new Subscription(0, "email", "facilities-watch@example.org", Set.of("nonclinical_outsourcing")),
            new Subscription(0, "email", "researcher@example.org",
                    Set.of("clinical_outsourcing", "clinical_insourcing", "nonclinical_outsourcing")),
            new Subscription(0, "slack", "insourcing", Set.of("clinical_insourcing")),
            new Subscription(0, "slack", "clinical", Set.of("clinical_outsourcing", "clinical_insourcing")));

    record Outcome(Report report, Ledger.Result ledger, List<Fault> faults, Throwable faultFailure, boolean finished) {
    }

    private VolumeRun() {
    }

    static Outcome run(RunSettings settings) throws Exception {
        Ports ports = new Ports(settings.portBase());
        Instant start = Instant.now();
        GeneratedNotices notices = new GeneratedNotices(settings.sharedData(), settings.notices(),
                start.minus(RunSettings.SPAN).minusSeconds(60), RunSettings.SPAN);
        List<AutoCloseable> open = new ArrayList<>();
        try {
            SourceServer source = closing(open, new SourceServer(notices, ports.next()));
            SmtpSink smtp = closing(open, new SmtpSink(ports.next(), notices.ocidPattern()));
            SlackSink slack = closing(open, new SlackSink(ports.next(), notices.ocidPattern()));
            Stack stack = closing(open, new Stack(settings.data(), ports, settings, source, smtp, slack));
            Sampler sampler = closing(open, new Sampler(stack.services(), Stack.MONITORING_TOKEN, stack.postgresPidFile()));
            TopicRecords fetched = closing(open, new TopicRecords(stack.bootstrapServers(), Topics.NOTICES_FETCHED, notices));
            TopicRecords classified = closing(open, new TopicRecords(stack.bootstrapServers(), Topics.NOTICES_CLASSIFIED, notices));
            Outbox outbox = new Outbox(stack.notifierDatabase);

            stack.tracker.start();
            stack.notifier.start();
            List<Subscription> subscriptions = new ArrayList<>();
            for (Subscription wanted : WANTED) {
                subscriptions.add(subscribe(stack, slack, wanted));
            }
            stack.classifier.start();
            // CPU is counted from here to the last notice through: the fetcher's start and every restart count, the
            // other services' first starts and the wait for nothing more to arrive do not.
            Map<String, Long> cpuAtStart = sampler.cpuMillis();
            Map<String, Long> startingAtStart = sampler.startingCpuMillis();
            Instant fetcherStarted = Instant.now();
            stack.fetcher.start();

            await("the first notice published").atMost(Duration.ofMinutes(2)).until(() -> fetched.poll() > 0);
            Faults faults = new Faults(stack, source, smtp, slack, settings.faults(), Duration.ofSeconds(2),
                    () -> classified.distinct() < notices.count() || outbox.unfinished() != 0);
            Thread faulting = new Thread(faults, "harness-faults");
            faulting.start();

            boolean finished = true;
            Map<String, Long> cpuAtEnd = null;
            Map<String, Long> startingAtEnd = null;
            try {
                await("every notice through and every alert delivered").atMost(settings.timeout()).pollInterval(Duration.ofSeconds(2))
                        .until(() -> {
                            int published = fetched.poll();
                            int done = classified.poll();
                            long alerts = outbox.alertCount();
                            long pending = outbox.unfinished();
                            LOG.info("published {}/{}, classified {}, alerts {}, pending deliveries {}, mails {}, posts {}, faults {}",
                                    published, notices.count(), done, alerts, pending, smtp.received().size(),
                                    slack.received().size(), faults.injected().size());
                            return faults.done() && published == notices.count() && done == notices.count()
                                    && pending == 0 && alerts >= expectedAlerts(notices, classified, subscriptions);
                        });
                cpuAtEnd = sampler.cpuMillis();
                startingAtEnd = sampler.startingCpuMillis();
                // Anything a crash would send twice comes after its lease: wait past it before counting.
                await("nothing more arrives").during(Duration.ofSeconds(8)).atMost(Duration.ofMinutes(1))
                        .until(new Stable(smtp, slack)::unchanged);
            } catch (ConditionTimeoutException e) {
                finished = false;
                LOG.error("The run did not finish within {}: the ledger says what is missing", settings.timeout());
            }
            if (cpuAtEnd == null) {
                cpuAtEnd = sampler.cpuMillis();
                startingAtEnd = sampler.startingCpuMillis();
            }
            faulting.join(Duration.ofMinutes(3).toMillis());
            fetched.poll();
            classified.poll();
            sampler.sampleNow();
            Ledger.Result ledger = Ledger.compare(notices, fetched, classified, subscriptions, outbox.alerts(),
                    smtp.received(), slack.received(), faults.sendRecordWindows());
            Report report = new Report(settings, notices, fetched, classified, ledger, faults.injected(), sampler, stack,
                    smtp, slack, fetcherStarted, outbox.alerts(), CpuUse.between(cpuAtStart, cpuAtEnd,
                    startingAtStart, startingAtEnd));
            LOG.info("\n{}", report.table());
            ledger.anomalies().forEach(anomaly -> LOG.error("Ledger: {}", anomaly));
            return new Outcome(report, ledger, faults.injected(), faults.failure(), finished);
        } finally {
            for (int i = open.size() - 1; i >= 0; i--) {
                try {
                    open.get(i).close();
                } catch (Exception e) {
                    LOG.warn("Closing {} failed", open.get(i), e);
                }
            }
        }
    }

    static long expectedAlerts(GeneratedNotices notices, TopicRecords classified, List<Subscription> subscriptions) {
        long expected = 0;
        for (int n = 0; n < notices.count(); n++) {
            String category = classified.category(n);
            for (Subscription s : subscriptions) {
                if (category != null && s.categories().contains(category)) {
                    expected++;
                }
            }
        }
        return expected;
    }

    private static Subscription subscribe(Stack stack, SlackSink slack, Subscription wanted) throws IOException, InterruptedException {
        String address = wanted.channel().equals("slack") ? slack.webhook(wanted.address()) : wanted.address();
        String categories = String.join("\",\"", wanted.categories());
        String body = """
                {"name":"harness %s","channel":"%s","address":"%s","confirmed":true,"cadence":"instant",
                 "filter":{"categories":["%s"]}}""".formatted(wanted.address(), wanted.channel(), address, categories);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.notifier.url("/admin/subscriptions")))
                .header("Authorization", "Bearer " + Stack.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException("subscription refused: " + response.statusCode() + " " + response.body());
        }
        long id = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(response.body()).path("id").asLong();
        return new Subscription(id, wanted.channel(), wanted.address(), wanted.categories());
    }

    private static <T extends AutoCloseable> T closing(List<AutoCloseable> open, T resource) {
        open.add(resource);
        return resource;
    }

    /** True when the receivers got nothing new since the last look. */
    private static final class Stable {
        private final SmtpSink smtp;
        private final SlackSink slack;
        private int seen = -1;

        Stable(SmtpSink smtp, SlackSink slack) {
            this.smtp = smtp;
            this.slack = slack;
        }

        boolean unchanged() {
            int now = smtp.received().size() + slack.received().size();
            boolean same = now == seen;
            seen = now;
            return same;
        }
    }
}
