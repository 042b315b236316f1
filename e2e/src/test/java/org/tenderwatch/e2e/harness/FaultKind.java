package org.tenderwatch.e2e.harness;

/** The faults a run injects, in the order it cycles through them. */
enum FaultKind {
    KILL_NOTIFIER("kill -9 notifier"),
    KILL_CLASSIFIER("kill -9 classifier"),
    SMTP_4XX_THEN_5XX("SMTP 451 then 550"),
    KILL_FETCHER("kill -9 fetcher"),
    SLACK_429("Slack 429 + Retry-After"),
    KAFKA_RESTART("Kafka stop/start"),
    KILL_TRACKER("kill -9 tracker"),
    SOURCE_CUT("network cut to the source"),
    SLACK_5XX("Slack 503"),
    POSTGRES_RESTART("PostgreSQL stop/start");

    private final String label;

    FaultKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
