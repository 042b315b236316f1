package org.tenderwatch.events;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EventRoundTripTest {

    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void noticeFetchedSurvivesARoundTrip() throws IOException {
        NoticeFetched notice = read("notice-fetched.json", NoticeFetched.class);

        assertThat(notice.ocid()).isEqualTo("ocds-h6vhtk-067fb8");
        assertThat(notice.noticeType()).isEqualTo("UK4");
        assertThat(notice.buyer().identifierScheme()).isEqualTo("GB-PPON");
        assertThat(notice.tenderValue().amount()).isEqualByComparingTo(new BigDecimal("33721"));
        assertThat(notice.cpv()).extracting(Cpv::code).containsExactly("09323000", "79314000");
        assertThat(notice.release()).startsWith("{\"ocid\":\"ocds-h6vhtk-067fb8\"");
        assertThat(roundTrip(notice, NoticeFetched.class)).isEqualTo(notice);
    }

    @Test
    void noticeClassifiedSurvivesARoundTripWithLowerCaseLabels() throws IOException {
        NoticeClassified classified = read("notice-classified.json", NoticeClassified.class);

        assertThat(classified.category()).isEqualTo(Category.NOT_RELEVANT);
        assertThat(classified.stage()).isEqualTo(Stage.TENDER);
        assertThat(classified.reasons()).singleElement().extracting(Reason::weight).isEqualTo(-4.0);
        assertThat(json.writeValueAsString(classified)).contains("\"category\":\"not_relevant\"", "\"stage\":\"tender\"");
        assertThat(roundTrip(classified, NoticeClassified.class)).isEqualTo(classified);
    }

    @Test
    void noticeClassifiedNamesItsReleaseWithoutWritingItTwice() throws IOException {
        NoticeClassified classified = read("notice-classified.json", NoticeClassified.class);

        assertThat(classified.ocid()).isEqualTo(classified.notice().ocid()).isNotBlank();
        assertThat(classified.releaseId()).isEqualTo(classified.notice().releaseId()).isNotBlank();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> written = json.readValue(json.writeValueAsString(classified), java.util.Map.class);
        assertThat(written).doesNotContainKeys("ocid", "releaseId").containsKey("notice");
    }

    @Test
    void deadLetterKeepsThePayloadWhole() throws IOException {
        DeadLetter letter = read("dead-letter.json", DeadLetter.class);

        assertThat(letter.ocid()).isNull();
        assertThat(letter.payload()).startsWith("{\"uri\"");
        assertThat(roundTrip(letter, DeadLetter.class)).isEqualTo(letter);
    }

    @Test
    void missingListsReadAsEmptyNotNull() throws IOException {
        NoticeFetched sparse = json.readValue("""
                {"source":"replay","ocid":"ocds-b5fd17-1","releaseId":"r-1","release":"{}","fetchedAt":"2026-01-01T00:00:00Z"}
                """, NoticeFetched.class);

        assertThat(sparse.tags()).isEmpty();
        assertThat(sparse.awards()).isEmpty();
        assertThat(sparse.buyer()).isNull();
    }

    @Test
    void lifecycleFactsAndClassificationChangesSurviveARoundTrip() throws IOException {
        NoticeFetched v1 = read("notice-fetched.json", NoticeFetched.class);
        NoticeFetched notice = new NoticeFetched(v1.source(), v1.ocid(), v1.releaseId(), v1.releaseDate(), v1.tags(),
                "UK6", v1.title(), v1.description(), v1.buyer(), v1.parties(), v1.awards(), v1.cpv(), v1.tenderValue(),
                v1.procurementMethod(), v1.procurementMethodDetails(), v1.mainProcurementCategory(), v1.framework(),
                v1.dynamicPurchasingSystem(), v1.tenderDeadline(), v1.deliveryRegions(), v1.noticeUrl(), v1.release(),
                v1.fetchedAt(), Lifecycle.PROVIDER_SELECTED, "Procurement Act 2023", java.time.LocalDate.of(2026, 4, 30),
                v1.parties(), false,
                java.util.List.of(new RelatedNotice("public-contracts-scotland", "MAR123456", null, "referenced")));
        NoticeClassified classified = new NoticeClassified(notice, Category.CLINICAL_OUTSOURCING, java.util.List.of(),
                java.util.List.of(), Stage.AWARD, 0.9, java.util.List.of(), "test", v1.fetchedAt(), false,
                Category.NOT_RELEVANT, java.util.List.of("category: not relevant → clinical outsourcing"));

        assertThat(json.writeValueAsString(notice)).contains("\"lifecycle\":\"provider_selected\"", "\"standstillEnd\":\"2026-04-30\"");
        assertThat(roundTrip(notice, NoticeFetched.class)).isEqualTo(notice);
        assertThat(roundTrip(classified, NoticeClassified.class)).isEqualTo(classified);
        assertThat(read("notice-classified.json", NoticeClassified.class).changes()).as("absent in v1 events").isEmpty();
    }

    private <T> T read(String fixture, Class<T> type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + fixture)) {
            return json.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
        }
    }

    private <T> T roundTrip(T value, Class<T> type) throws IOException {
        return json.readValue(json.writeValueAsString(value), type);
    }
}
