package org.tenderwatch.fetcher.source;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowTest {

    private static final Instant CHECKPOINT = Instant.parse("2026-11-01T06:00:00Z");

    @Test
    void startsAnOverlapBeforeTheCheckpointAndSpansAtMostTheWindowSize() {
        Window window = Window.after(CHECKPOINT, Duration.ofMinutes(30), Duration.ofHours(6), Instant.parse("2026-11-20T00:00:00Z"));

        assertThat(window.from()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
        assertThat(window.to()).isEqualTo(Instant.parse("2026-11-01T11:30:00Z"));
    }

    @Test
    void neverReachesPastNow() {
        Instant now = Instant.parse("2026-11-01T07:00:00Z");

        assertThat(Window.after(CHECKPOINT, Duration.ofMinutes(30), Duration.ofHours(6), now).to()).isEqualTo(now);
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThatThrownBy(() -> new Window(CHECKPOINT, CHECKPOINT)).hasMessageContaining("must start before it ends");
    }

    @Test
    void refusesSettingsWhoseOverlapSwallowsTheWindow() {
        assertThatThrownBy(() -> new SourceSettings("find-a-tender", true, "https://example.org", Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofDays(1), 100, null, null, null, Duration.ofMinutes(2), 5))
                .hasMessageContaining("window-size (PT30M) must be longer than its overlap (PT1H)");
    }

    @Test
    void writesSearchTimesTheWayBothApisTakeThem() {
        String url = ApiQuery.of("https://www.find-tender.service.gov.uk/api/1.0/ocdsReleasePackages")
                .time("updatedFrom", CHECKPOINT).time("updatedTo", CHECKPOINT.plusSeconds(1))
                .param("limit", 100).param("stages", null).url();

        assertThat(url).isEqualTo("https://www.find-tender.service.gov.uk/api/1.0/ocdsReleasePackages"
                + "?updatedFrom=2026-11-01T06:00:00&updatedTo=2026-11-01T06:00:01&limit=100");
    }
}
