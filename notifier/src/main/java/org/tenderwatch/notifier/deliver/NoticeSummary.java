package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;
import org.tenderwatch.events.Reason;

import java.util.List;

/**
 * One notice as every channel shows it: plain text, already cut to size. Escaping is each channel's job
 * (HTML for email, mrkdwn for Slack), done on these values at the last moment.
 */
public record NoticeSummary(
        String title,
        @Nullable String url,
        String buyer,
        String value,
        String category,
        List<String> specialties,
        List<String> signals,
        String stage,
        List<String> reasons,
        @Nullable String update,
        String excerpt,
        String subscriptionName,
        @Nullable String recordUrl,
        @Nullable AlertLinks links) {

    static final int TOP_REASONS = 3;
    /** Some notices name no buyer (a few published pages carry it only in their header). */
    static final String NO_BUYER = "not published";

    public static NoticeSummary of(AlertItem item) {
        NoticeClassified c = item.notice();
        NoticeFetched n = c.notice();
        return new NoticeSummary(
                Text.line(n.title() == null ? "(untitled notice " + n.releaseId() + ")" : n.title(), 250),
                OfficialLink.of(n.noticeUrl()),
                Text.line(n.buyer() == null || n.buyer().name() == null ? NO_BUYER : n.buyer().name(), 150),
                Amounts.value(n),
                categoryName(c.category()),
                c.specialties().stream().limit(10).map(s -> Text.line(s, 40)).toList(),
                c.signals().stream().limit(10).map(s -> Text.line(s, 40)).toList(),
                c.stage().label(),
                c.reasons().stream().limit(TOP_REASONS).map(NoticeSummary::reason).toList(),
                item.update() ? (item.event() != null ? item.event() : Updates.describe(c)) : null,
                Text.cut(n.description(), 500),
                subscriptionName(item),
                item.recordUrl(),
                item.links());
    }

    /** The names of the suppliers the notice's awards name, each once, in the order given. */
    public static List<String> suppliers(NoticeFetched notice) {
        return notice.awards().stream().flatMap(award -> award.suppliers().stream())
                .map(Organisation::name).filter(name -> name != null && !name.isBlank())
                .map(String::trim).distinct().toList();
    }

    /** "Buyer: title" for a subject line, or the title alone when the notice names no buyer. */
    public String buyerAndTitle() {
        return NO_BUYER.equals(buyer) ? title : buyer + ": " + title;
    }

    /** The names of the subscriptions a message is for, each once: several of one subscriber's may match one notice. */
    public static List<String> subscriptionNames(List<AlertItem> alerts) {
        return alerts.stream().map(NoticeSummary::subscriptionName).distinct().toList();
    }

    private static String subscriptionName(AlertItem item) {
        String name = item.subscriptionName();
        return Text.line(name == null || name.isBlank() ? "your alert" : name, 100);
    }

    public static String categoryName(Category category) {
        return switch (category) {
            case CLINICAL_INSOURCING -> "Clinical insourcing";
            case CLINICAL_OUTSOURCING -> "Clinical outsourcing";
            case NONCLINICAL_OUTSOURCING -> "Non-clinical outsourcing";
            case NOT_RELEVANT -> "Not relevant";
        };
    }

    private static String reason(Reason reason) {
        return Text.line(reason.explanation() == null ? reason.rule() : reason.explanation(), 300);
    }
}
