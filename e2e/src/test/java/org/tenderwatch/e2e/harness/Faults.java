package org.tenderwatch.e2e.harness;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.e2e.ServiceProcess;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.awaitility.Awaitility.await;

/**
 * Injects the run's faults one after another, cycling through every {@link FaultKind}, each once the stack is UP
 * again after the one before, and records each. A service is killed with SIGKILL while it works, so whatever batch
 * it holds is cut short.
 */
final class Faults implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Faults.class);

    private final Stack stack;
    private final SourceServer source;
    private final SmtpSink smtp;
    private final SlackSink slack;
    private final int wanted;
    private final Duration gap;
    private final BooleanSupplier stillRunning;
    private final List<Fault> injected = new CopyOnWriteArrayList<>();
    private volatile Throwable failure;

    Faults(Stack stack, SourceServer source, SmtpSink smtp, SlackSink slack, int wanted, Duration gap, BooleanSupplier stillRunning) {
        this.stack = stack;
        this.source = source;
        this.smtp = smtp;
        this.slack = slack;
        this.wanted = wanted;
        this.gap = gap;
        this.stillRunning = stillRunning;
    }

    List<Fault> injected() {
        return List.copyOf(injected);
    }

    boolean done() {
        return injected.size() >= wanted || failure != null;
    }

    Throwable failure() {
        return failure;
    }

    /** When the notifier was killed or its database stopped: a message sent just before can be sent again. */
    List<Instant> sendRecordWindows() {
        return injected.stream().filter(f -> f.kind() == FaultKind.KILL_NOTIFIER || f.kind() == FaultKind.POSTGRES_RESTART)
                .map(Fault::at).toList();
    }

    @Override
    public void run() {
        FaultKind[] kinds = FaultKind.values();
        try {
            for (int i = 0; i < wanted; i++) {
                FaultKind kind = kinds[i % kinds.length];
                boolean midRun = stillRunning.getAsBoolean();
                Instant at = Instant.now();
                long started = System.nanoTime();
                LOG.info("Fault {} of {}: {}", i + 1, wanted, kind.label());
                inject(kind);
                await(kind.label() + ": every service UP again").atMost(Duration.ofMinutes(3))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> stack.services().stream().allMatch(ServiceProcess::isHealthy));
                injected.add(new Fault(kind, at, midRun, Duration.ofNanos(System.nanoTime() - started)));
                await("gap between faults").pollDelay(gap).until(() -> true);
            }
        } catch (Throwable e) { // NOSONAR: the run reports it and fails; the harness must not hide a stuck fault
            failure = e;
            LOG.error("Fault injection stopped after {} faults", injected.size(), e);
        }
    }

    private void inject(FaultKind kind) throws Exception {
        switch (kind) {
            case KILL_FETCHER -> restart(stack.fetcher);
            case KILL_CLASSIFIER -> restart(stack.classifier);
            case KILL_NOTIFIER -> restart(stack.notifier);
            case KILL_TRACKER -> restart(stack.tracker);
            case KAFKA_RESTART -> {
                stack.stopKafka();
                pause(Duration.ofSeconds(3));
                stack.startKafka();
            }
            case POSTGRES_RESTART -> {
                stack.stopPostgres();
                pause(Duration.ofSeconds(3));
                stack.startPostgres();
            }
            case SMTP_4XX_THEN_5XX -> {
                smtp.mode(SmtpSink.Mode.TEMPORARY_FAILURE);
                pause(Duration.ofSeconds(4));
                smtp.mode(SmtpSink.Mode.PERMANENT_FAILURE);
                pause(Duration.ofSeconds(2));
                smtp.mode(SmtpSink.Mode.ACCEPT);
            }
            case SLACK_429 -> during(() -> slack.mode(SlackSink.Mode.RATE_LIMITED), () -> slack.mode(SlackSink.Mode.ACCEPT));
            case SLACK_5XX -> during(() -> slack.mode(SlackSink.Mode.SERVER_ERROR), () -> slack.mode(SlackSink.Mode.ACCEPT));
            case SOURCE_CUT -> {
                source.cut();
                pause(Duration.ofSeconds(5));
                source.restore();
            }
        }
    }

    private static void restart(ServiceProcess service) throws Exception {
        service.kill();
        service.start();
    }

    private static void during(Runnable begin, Runnable end) {
        begin.run();
        try {
            pause(Duration.ofSeconds(4));
        } finally {
            end.run();
        }
    }

    private static void pause(Duration duration) {
        await().pollDelay(duration).atMost(duration.plusSeconds(1)).until(() -> true);
    }

    static List<String> kindsIn(List<Fault> faults) {
        List<String> labels = new ArrayList<>();
        faults.forEach(f -> labels.add(f.kind().label()));
        return labels;
    }
}
