package org.tenderwatch.notifier.deliver;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    @Test
    void doublesPerAttemptWithJitterUpToTheMaximum() {
        Duration initial = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(1);
        for (int i = 0; i < 200; i++) {
            assertThat(Backoff.after(1, initial, max)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
            assertThat(Backoff.after(3, initial, max)).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(120));
            assertThat(Backoff.after(40, initial, max)).isBetween(Duration.ofMinutes(30), Duration.ofHours(1));
        }
    }
}
