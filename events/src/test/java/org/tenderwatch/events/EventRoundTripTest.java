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

    private <T> T read(String fixture, Class<T> type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + fixture)) {
            return json.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
        }
    }

    private <T> T roundTrip(T value, Class<T> type) throws IOException {
        return json.readValue(json.writeValueAsString(value), type);
    }
}
