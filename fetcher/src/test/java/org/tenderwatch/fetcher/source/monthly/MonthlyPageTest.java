package org.tenderwatch.fetcher.source.monthly;

import org.junit.jupiter.api.Test;
import org.tenderwatch.fetcher.source.Window;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonthlyPageTest {

    private static final List<Integer> TYPES = List.of(2, 3, 102);

    @Test
    void readsEveryNoticeTypeOfEveryMonthAWindowTouchesInOrder() {
        Window window = new Window(Instant.parse("2025-12-29T10:00:00Z"), Instant.parse("2026-01-03T10:00:00Z"));

        List<String> asked = new ArrayList<>();
        Optional<MonthlyPage> page = MonthlyPage.first(window, TYPES);
        while (page.isPresent()) {
            asked.add(page.get().month() + "/" + page.get().noticeType());
            page = page.get().next(TYPES);
        }

        assertThat(asked).containsExactly("2025-12/2", "2025-12/3", "2025-12/102", "2026-01/2", "2026-01/3", "2026-01/102");
    }

    @Test
    void monthsAreUkCalendarMonths() {
        // 23:30 on 30 June UTC is already July in British Summer Time.
        Window window = new Window(Instant.parse("2025-06-30T23:30:00Z"), Instant.parse("2025-07-01T10:00:00Z"));

        assertThat(MonthlyPage.first(window, TYPES)).get().satisfies(page -> {
            assertThat(page.month()).isEqualTo(YearMonth.of(2025, 7));
            assertThat(page.through()).isEqualTo(YearMonth.of(2025, 7));
        });
    }

    @Test
    void theLocationSaysWhereTheWindowEndsButOnlyTheQueryIsAskedFor() {
        MonthlyPage page = new MonthlyPage(YearMonth.of(2026, 4), 53, YearMonth.of(2026, 5));

        String location = page.location("https://api.sell2wales.gov.wales/v1/Notices", "2057");

        assertThat(location).isEqualTo(
                "https://api.sell2wales.gov.wales/v1/Notices?dateFrom=04-2026&noticeType=53&outputType=0&locale=2057#through=05-2026");
        assertThat(MonthlyPage.request(location))
                .isEqualTo("https://api.sell2wales.gov.wales/v1/Notices?dateFrom=04-2026&noticeType=53&outputType=0&locale=2057");
        assertThat(MonthlyPage.parse(location)).isEqualTo(page);
    }

    @Test
    void noNoticeTypesMeansNothingToAskFor() {
        Window window = new Window(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-04-02T00:00:00Z"));

        assertThat(MonthlyPage.first(window, List.of())).isEmpty();
        assertThatThrownBy(() -> MonthlyPage.parse("https://example.org/v1/Notices?dateFrom=04-2026"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
