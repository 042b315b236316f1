package org.tenderwatch.events;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeValueTest {

    private static final Money ESTIMATE = new Money(new BigDecimal("2000000"), "GBP");

    @Test
    void whatWasAwardedOnceAnythingWasOtherwiseTheEstimate() {
        assertThat(NoticeValue.of(ESTIMATE, List.of()))
                .isEqualTo(new NoticeValue(new BigDecimal("2000000"), "GBP", NoticeValue.Basis.ESTIMATED));
        assertThat(NoticeValue.of(ESTIMATE, List.of(award("300000", "GBP"), award("200000.50", "GBP"))))
                .isEqualTo(new NoticeValue(new BigDecimal("500000.50"), "GBP", NoticeValue.Basis.AWARDED));
    }

    @Test
    void awardsInSeveralCurrenciesAddUpToNothingAndZeroIsNoFigure() {
        assertThat(NoticeValue.of(ESTIMATE, List.of(award("300000", "GBP"), award("200000", "EUR"))).basis())
                .isEqualTo(NoticeValue.Basis.ESTIMATED);
        assertThat(NoticeValue.of(new Money(BigDecimal.ZERO, "GBP"), List.of(award("0", "GBP")))).isNull();
        assertThat(NoticeValue.of(null, List.of(new Award("1", "active", null, null, List.of())))).isNull();
    }

    @Test
    void everyEventCarriesItEvenOneWrittenBeforeItExisted() throws IOException {
        ObjectMapper json = ObjectMapper.getDefault();
        String written;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/notice-fetched.json")) {
            written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(written).doesNotContain("\"value\":{\"amount\"");
        NoticeFetched older = json.readValue(written, NoticeFetched.class);
        assertThat(older.value()).isEqualTo(NoticeValue.of(older.tenderValue(), older.awards()));
        assertThat(older.value().amount()).isEqualByComparingTo("33721");

        String now = json.writeValueAsString(older);
        assertThat(now).contains("\"basis\":\"ESTIMATED\"");
        assertThat(json.readValue(now, NoticeFetched.class)).isEqualTo(older);
    }

    private static Award award(String amount, String currency) {
        return new Award("a", "active", null, new Money(new BigDecimal(amount), currency), List.of());
    }
}
