package org.tenderwatch.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days for standstill and representation periods: Monday to Friday, less the bank holidays of England
 * and Wales (published by GOV.UK) for the years the record covers. Beyond 2027 only weekends are left out. Kept here, beside
 * the standstill end the events carry, so that the tracker's countdown and the notifier's alerts count the same days.
 */
public final class WorkingDays {

    private static final Set<LocalDate> BANK_HOLIDAYS = Set.of(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5),
            LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !BANK_HOLIDAYS.contains(day);
    }

    /** Working days from {@code today} to {@code last}, both included; 0 once {@code last} has passed. */
    public static int left(LocalDate today, LocalDate last) {
        int days = 0;
        // A standstill lasts days or weeks, so counting one day at a time costs nothing; the cap guards odd data.
        for (LocalDate d = today; !d.isAfter(last) && days < 1000; d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }
}
