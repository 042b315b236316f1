package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.events.Lifecycle;
import org.tenderwatch.events.Money;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;
import org.tenderwatch.events.WorkingDays;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a release of a procurement says happened, in the words of a subject line: "Provider selected: X Ltd — 6 working
 * days left to make representations", "Contract signed: X Ltd £1.2m", "Changed: value up 20%", "Cancelled",
 * "Classification changed: Clinical outsourcing → Clinical insourcing". Named from the lifecycle event the fetcher
 * derived; compared with the procurement's release before it for what changed; the standstill counted in working days
 * from {@code today}, as the tracker counts them.
 */
final class FollowUpHeadline {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private FollowUpHeadline() {
    }

    /** @param previous the procurement's release received before this one, when there was one */
    static String of(NoticeClassified current, @Nullable NoticeClassified previous, LocalDate today) {
        NoticeFetched n = current.notice();
        Lifecycle event = n.lifecycle();
        String classification = classificationChange(current);
        if (event == null) {
            return classification != null ? classification : Updates.describe(current);
        }
        String words = switch (event) {
            case DIRECT_AWARD_INTENDED, PROVIDER_SELECTED -> selected(event, n, today);
            case CONTRACT_SIGNED -> join(event.plainWords(), suppliersAndValue(n));
            case CHANGED -> join(event.plainWords(), changes(n, previous == null ? null : previous.notice()));
            case TENDERED -> event.plainWords() + deadline(n);
            case PLANNED, ENDED, ENDED_EARLY, CANCELLED -> event.plainWords();
        };
        return classification == null ? words : words + "; " + Character.toLowerCase(classification.charAt(0)) + classification.substring(1);
    }

    private static String selected(Lifecycle event, NoticeFetched n, LocalDate today) {
        String words = join(event.plainWords(), suppliersAndValue(n));
        LocalDate end = n.standstillEnd();
        if (end == null) {
            return words;
        }
        if (end.isBefore(today)) {
            return words + " — standstill ended " + DAY.format(end);
        }
        int left = WorkingDays.left(today, end);
        return words + " — " + (left == 1 ? "1 working day" : left + " working days") + " left to make representations";
    }

    private static @Nullable String suppliersAndValue(NoticeFetched n) {
        List<String> suppliers = n.awards().stream().flatMap(a -> a.suppliers().stream()).map(Organisation::name)
                .filter(Objects::nonNull).distinct().limit(3).toList();
        Optional<String> value = Amounts.awardedMoney(n).map(Amounts::compact);
        String who = suppliers.isEmpty() ? null : Text.line(String.join(", ", suppliers), 200);
        if (who == null) {
            return value.orElse(null);
        }
        return value.map(v -> who + " " + v).orElse(who);
    }

    /** What changed since the release before: value, tender deadline, suppliers; null when none of these did. */
    private static @Nullable String changes(NoticeFetched now, @Nullable NoticeFetched before) {
        if (before == null) {
            return null;
        }
        List<String> changed = new ArrayList<>();
        valueChange(now, before).ifPresent(changed::add);
        if (now.tenderDeadline() != null && (before.tenderDeadline() == null || !now.tenderDeadline().isEqual(before.tenderDeadline()))) {
            changed.add("deadline now " + DAY.format(now.tenderDeadline()));
        }
        List<String> suppliersNow = supplierNames(now);
        if (!suppliersNow.isEmpty() && !suppliersNow.equals(supplierNames(before))) {
            changed.add("supplier now " + Text.line(String.join(", ", suppliersNow), 200));
        }
        return changed.isEmpty() ? null : String.join(", ", changed);
    }

    private static Optional<String> valueChange(NoticeFetched now, NoticeFetched before) {
        Optional<Money> to = Amounts.figure(now);
        Optional<Money> from = Amounts.figure(before);
        if (to.isEmpty() || from.isEmpty() || !Objects.equals(to.get().currency(), from.get().currency())
                || from.get().amount().signum() == 0 || to.get().amount().compareTo(from.get().amount()) == 0) {
            return Optional.empty();
        }
        BigDecimal percent = to.get().amount().subtract(from.get().amount()).multiply(BigDecimal.valueOf(100))
                .divide(from.get().amount().abs(), 0, RoundingMode.HALF_UP);
        String direction = percent.signum() > 0 ? "up " : "down ";
        String size = percent.signum() == 0 ? "less than 1%" : percent.abs().toPlainString() + "%";
        return Optional.of("value " + direction + size + " to " + Amounts.compact(to.get()));
    }

    private static List<String> supplierNames(NoticeFetched n) {
        return n.awards().stream().flatMap(a -> a.suppliers().stream()).map(Organisation::name).filter(Objects::nonNull)
                .distinct().sorted().toList();
    }

    private static @Nullable String classificationChange(NoticeClassified c) {
        if (c.previousCategory() == null || c.previousCategory() == c.category()) {
            return null;
        }
        return "Classification changed: " + NoticeSummary.categoryName(c.previousCategory()) + " → "
                + NoticeSummary.categoryName(c.category());
    }

    private static String deadline(NoticeFetched n) {
        return n.tenderDeadline() == null ? "" : "; deadline " + DAY.format(n.tenderDeadline());
    }

    private static String join(String words, @Nullable String detail) {
        return detail == null || detail.isBlank() ? words : words + ": " + detail;
    }
}
