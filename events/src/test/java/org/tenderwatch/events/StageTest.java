package org.tenderwatch.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StageTest {

    @Test
    void takesTheLatestStageOfSeveralTags() {
        assertThat(Stage.fromTags(List.of("tender", "award"))).isEqualTo(Stage.AWARD);
        assertThat(Stage.fromTags(List.of("awardUpdate"))).isEqualTo(Stage.AMENDMENT);
        assertThat(Stage.fromTags(List.of("tenderCancellation"))).isEqualTo(Stage.CANCELLATION);
        assertThat(Stage.fromTags(List.of("planning"))).isEqualTo(Stage.PLANNING);
        assertThat(Stage.fromTags(List.of())).isEqualTo(Stage.UNKNOWN);
    }
}
