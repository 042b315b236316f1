package org.tenderwatch.notifier.intake;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class StorableJsonTest {

    @Test
    void leavesOutThePublishedReleaseAndKeepsEverythingElse() throws IOException {
        String classified = """
                {"notice":{"ocid":"ocds-b5fd17-1","release":"{\\"ocid\\":\\"ocds-b5fd17-1\\",\\"tender\\":{}}",
                 "title":"Insourced endoscopy","awards":[{"id":"1","release":"kept: not the published release"}]},
                 "category":"CLINICAL_INSOURCING","release":"kept: not inside the notice"}""";

        StorableJson.Cleaned cleaned = StorableJson.clean(classified);

        assertThat(cleaned.json()).isEqualTo("{\"notice\":{\"ocid\":\"ocds-b5fd17-1\",\"title\":\"Insourced endoscopy\","
                + "\"awards\":[{\"id\":\"1\",\"release\":\"kept: not the published release\"}]},"
                + "\"category\":\"CLINICAL_INSOURCING\",\"release\":\"kept: not inside the notice\"}");
        assertThat(cleaned.changed()).as("leaving the release out is not an anomaly of the data").isFalse();
    }

    @Test
    void leavesOutAPublishedReleaseOfAnyShape() throws IOException {
        String classified = "{\"notice\":{\"release\":{\"tender\":{\"value\":{\"amount\":1e-20000}}},\"ocid\":\"o\"}}";

        StorableJson.Cleaned cleaned = StorableJson.clean(classified);

        assertThat(cleaned.json()).isEqualTo("{\"notice\":{\"ocid\":\"o\"}}");
        assertThat(cleaned.changed()).isFalse();
    }
}
