package org.tenderwatch.tracker.procurement;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.Money;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;
import org.tenderwatch.tracker.web.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** What one release changed from the one before it: value, dates, suppliers, title and description. */
final class ReleaseChanges {

    /** One change in words, and for the description the word-by-word difference. */
    record Change(String what, String before, String after, List<TextDiff.Segment> segments) {
    }

    private ReleaseChanges() {
    }

    static List<Change> between(NoticeFetched before, NoticeFetched after) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "Value", money(figure(before)), money(figure(after)));
        compare(changes, "Tender deadline", before.tenderDeadline() == null ? "" : Words.time(before.tenderDeadline().toInstant()),
                after.tenderDeadline() == null ? "" : Words.time(after.tenderDeadline().toInstant()));
        compare(changes, "Standstill ends", Words.day(before.standstillEnd()), Words.day(after.standstillEnd()));
        compare(changes, "Suppliers", suppliers(before), suppliers(after));
        compare(changes, "Title", text(before.title()), text(after.title()));
        String was = text(before.description());
        String now = text(after.description());
        if (!was.equals(now) && !now.isEmpty()) {
            List<TextDiff.Segment> segments = TextDiff.of(was, now);
            boolean whitespaceOnly = segments.isEmpty() && !TextDiff.tooLongToCompare(was, now);
            if (!whitespaceOnly) {
                changes.add(new Change("Description", "", "", segments));
            }
        }
        return changes;
    }

    private static void compare(List<Change> changes, String what, String before, String after) {
        // A field a later release leaves out is not a change: notices repeat only some of what was published.
        if (!after.isEmpty() && !Objects.equals(before, after)) {
            changes.add(new Change(what, before.isEmpty() ? "(none)" : before, after, List.of()));
        }
    }

    private static @Nullable Money figure(NoticeFetched notice) {
        return notice.value() == null ? null : notice.value().money();
    }

    private static String money(@Nullable Money money) {
        return money == null ? "" : Words.money(money.amount(), money.currency());
    }

    private static String suppliers(NoticeFetched notice) {
        TreeSet<String> names = new TreeSet<>();
        for (Award award : notice.awards()) {
            for (Organisation supplier : award.suppliers()) {
                if (supplier.name() != null && !supplier.name().isBlank()) {
                    names.add(supplier.name().trim());
                }
            }
        }
        return String.join("; ", names);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
