package org.tenderwatch.events;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterFactoryTest {

    private static final Instant NOW = Instant.parse("2026-04-10T10:55:02Z");
    private final DeadLetterFactory letters = new DeadLetterFactory("notifier", Clock.fixed(NOW, ZoneOffset.UTC));
    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void aLetterCarriesTheStageTheClocksTimeAndItsKind() {
        DeadLetter letter = letters.letter(DeadLetterKind.UNREADABLE_NOTICE, "not JSON", null)
                .about("find-a-tender", "ocds-h6vhtk-067fb8", "032703-2026");

        assertThat(letter).isEqualTo(new DeadLetter("notifier", "find-a-tender", null, "ocds-h6vhtk-067fb8",
                "032703-2026", "not JSON", "", NOW, DeadLetterKind.UNREADABLE_NOTICE));
    }

    @Test
    void theKindIsWrittenAsItsLabelAndReadBack() throws IOException {
        DeadLetter letter = letters.letter(DeadLetterKind.GAVE_UP_AFTER_RETRIES, "retries ran out", "{}");

        String written = json.writeValueAsString(letter);

        assertThat(written).contains("\"kind\":\"gave_up_after_retries\"");
        assertThat(json.readValue(written, DeadLetter.class)).isEqualTo(letter);
    }

    @Test
    void aKindThisVersionDoesNotKnowReadsAsNullAndKeepsTheLetter() throws IOException {
        DeadLetter letter = json.readValue("""
                {"stage":"fetcher","error":"e","payload":"p","failedAt":"2026-04-10T10:55:02Z","kind":"written_later"}
                """, DeadLetter.class);

        assertThat(letter.kind()).isNull();
        assertThat(letter.payload()).isEqualTo("p");
    }
}
