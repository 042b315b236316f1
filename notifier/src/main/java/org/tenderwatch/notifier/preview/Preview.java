package org.tenderwatch.notifier.preview;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * How many alerts a filter would have produced, week by week (Monday to Sunday, UK time), the last one the current
 * week so far.
 *
 * @param noticesRead notices it was tried on: those received in the weeks counted whose category the filter allows
 * @param complete    false when the preview stopped at its time or notice limit: the counts are then a lower bound
 */
@Serdeable
public record Preview(List<Week> weeks, int total, int noticesRead, boolean complete) {

    /** @param starting the week's Monday; {@code soFar}: the current week, not over yet */
    @Serdeable
    public record Week(LocalDate starting, int alerts, boolean soFar) {
    }
}
