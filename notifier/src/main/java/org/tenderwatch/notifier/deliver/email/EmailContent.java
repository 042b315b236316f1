package org.tenderwatch.notifier.deliver.email;

import org.tenderwatch.notifier.outbox.MessageKind;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.deliver.AlertItem;
import org.tenderwatch.notifier.deliver.DigestExtent;
import org.tenderwatch.notifier.deliver.Message;
import org.tenderwatch.notifier.deliver.MonthlyReport;
import org.tenderwatch.notifier.deliver.MonthlyText;
import org.tenderwatch.notifier.deliver.NoticeSummary;
import org.tenderwatch.notifier.deliver.Text;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Subject and bodies of one mail. */
@Singleton
class EmailContent {

    record Rendered(String subject, String text, String html) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final EmailTemplates templates;

    EmailContent(EmailTemplates templates) {
        this.templates = templates;
    }

    Rendered render(Message message) {
        Map<String, Object> model = new HashMap<>();
        model.put("unsubscribeUrl", message.unsubscribeUrl());
        model.put("manageUrl", message.manageUrl());
        model.put("confirmUrl", message.confirmUrl());
        String subject = switch (message.kind()) {
            case CONFIRMATION -> "Confirm your Tender Watch alert";
            case DIGEST -> digest(message, model);
            case INSTANT -> instant(message, model);
            case MONTHLY -> monthly(message, model);
        };
        String template = switch (message.kind()) {
            case CONFIRMATION -> "confirm";
            case DIGEST -> "digest";
            case INSTANT -> "alert";
            case MONTHLY -> "monthly";
        };
        return new Rendered(Text.line(subject, 200), templates.text(template, model), templates.html(template, model));
    }

    /** Fills the model of a digest and answers its subject; what did not fit under the cap is counted and linked. */
    private static String digest(Message message, Map<String, Object> model) {
        var groups = AlertItem.byCategory(message.alerts());
        DigestExtent extent = message.extent();
        int total = extent == null ? AlertItem.distinctReleases(message.alerts()).size() : extent.total();
        String count = total + (total == 1 ? " notice" : " notices");
        String period = message.period() == null ? "" : DAY.format(message.period());
        String heading = extent == null ? "Tender Watch digest" : extent.heading();
        model.put("groups", groups.entrySet().stream().map(e -> Map.of(
                "category", NoticeSummary.categoryName(e.getKey()),
                "alerts", e.getValue().stream().map(NoticeSummary::of).map(EmailContent::alert).toList())).toList());
        model.put("count", count);
        model.put("period", period);
        model.put("heading", heading);
        model.put("more", extent == null ? List.of() : extent.more().stream().map(m -> {
            Map<String, Object> more = new HashMap<>();
            more.put("name", m.subscriptionName());
            more.put("count", m.count());
            more.put("url", m.searchUrl());
            return more;
        }).toList());
        return heading + (period.isEmpty() ? "" : " for " + period) + ": " + count;
    }

    /** Fills the model of the monthly message and answers its subject. */
    private static String monthly(Message message, Map<String, Object> model) {
        MonthlyReport report = message.monthly();
        if (report == null) {
            throw new IllegalArgumentException("monthly message " + message.deliveryId() + " without its figures");
        }
        String month = MONTH.format(report.month());
        model.put("month", month);
        model.put("activeAlerts", report.activeAlerts() == 1 ? "your alert" : "your " + report.activeAlerts() + " alerts");
        model.put("sources", report.sources().stream().map(source -> {
            Map<String, Object> m = new HashMap<>();
            m.put("name", source.name());
            m.put("read", count(source.read(), "notice"));
            m.put("matched", source.matched());
            MonthlyReport.Latest latest = source.latest();
            if (latest != null) {
                m.put("latest", Map.of("title", latest.title(), "when", MonthlyText.when(latest)));
                m.put("latestUrl", latest.recordUrl());
            }
            return m;
        }).toList());
        model.put("noSources", report.sources().isEmpty());
        model.put("matched", count(report.matched(), "notice"));
        model.put("messages", count(report.messagesSent(), "message"));
        return "Tender Watch in " + month + ": still working for you";
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /**
     * Fills the model of an alert about one procurement and answers its subject. A first alert is headed by category,
     * buyer and title; a follow-up by what happened, in plain words. Several releases gathered into one message are
     * listed in the order they were published, and the procurement is shown as the latest one leaves it.
     */
    private static String instant(Message message, Map<String, Object> model) {
        List<AlertItem> releases = AlertItem.distinctReleases(message.alerts());
        AlertItem latest = releases.get(releases.size() - 1);
        NoticeSummary shown = NoticeSummary.of(latest);
        model.put("alert", alert(shown));
        model.put("subscriptions", String.join(", ", NoticeSummary.subscriptionNames(message.alerts())));
        if (releases.size() > 1) {
            model.put("events", releases.stream().map(EmailContent::event).toList());
        }
        if (message.follows() != null) {
            model.put("follows", "This follows our alert of " + DAY.format(message.follows().sentOn()) + ": "
                    + message.follows().title());
        }
        String notices = releases.size() > 1 ? " (" + releases.size() + " notices)" : "";
        String headline = releases.stream().filter(AlertItem::update).reduce((first, second) -> second)
                .map(update -> NoticeSummary.of(update).update()).orElse(null);
        model.put("intro", headline != null || message.follows() != null || releases.size() > 1);
        if (headline == null) {
            return "[" + shown.category() + "] " + shown.buyerAndTitle() + notices;
        }
        model.put("headline", headline);
        return headline + " · " + shown.title() + notices;
    }

    /** One release in a message that gathers several: what it says happened, and when it was published. */
    private static String event(AlertItem release) {
        var published = release.notice().notice().releaseDate();
        String what = release.event() != null ? release.event() : NoticeSummary.of(release).stage();
        return published == null ? what : what + " (" + DAY.format(published) + ")";
    }

    private static Map<String, Object> alert(NoticeSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title());
        m.put("url", s.url());
        m.put("buyer", s.buyer());
        m.put("value", s.value());
        m.put("category", s.category());
        m.put("stage", s.stage());
        m.put("specialties", s.specialties().isEmpty() ? "–" : String.join(", ", s.specialties()));
        m.put("signals", s.signals().isEmpty() ? "–" : String.join(", ", s.signals()));
        m.put("reasons", s.reasons());
        m.put("update", s.update());
        m.put("excerpt", s.excerpt());
        m.put("subscription", s.subscriptionName());
        m.put("recordUrl", s.recordUrl());
        m.put("links", s.links());
        return m;
    }
}
