package org.tenderwatch.notifier.deliver.email;

import org.tenderwatch.notifier.outbox.MessageKind;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.deliver.AlertItem;
import org.tenderwatch.notifier.deliver.Message;
import org.tenderwatch.notifier.deliver.NoticeSummary;
import org.tenderwatch.notifier.deliver.Text;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Subject and bodies of one mail. */
@Singleton
class EmailContent {

    record Rendered(String subject, String text, String html) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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
        };
        String template = switch (message.kind()) {
            case CONFIRMATION -> "confirm";
            case DIGEST -> "digest";
            case INSTANT -> "alert";
        };
        return new Rendered(Text.line(subject, 200), templates.text(template, model), templates.html(template, model));
    }

    /** Fills the model of a digest and answers its subject. */
    private static String digest(Message message, Map<String, Object> model) {
        var groups = AlertItem.byCategory(message.alerts());
        String count = AlertItem.noticeCount(message.alerts());
        String period = message.period() == null ? "" : DAY.format(message.period());
        model.put("groups", groups.entrySet().stream().map(e -> Map.of(
                "category", NoticeSummary.categoryName(e.getKey()),
                "alerts", e.getValue().stream().map(NoticeSummary::of).map(EmailContent::alert).toList())).toList());
        model.put("count", count);
        model.put("period", period);
        return "Tender Watch digest for " + period + ": " + count;
    }

    /** Fills the model of an alert about one notice and answers its subject: category, buyer and title. */
    private static String instant(Message message, Map<String, Object> model) {
        NoticeSummary first = NoticeSummary.of(message.alerts().get(0));
        model.put("alert", alert(first));
        model.put("subscriptions", String.join(", ", NoticeSummary.subscriptionNames(message.alerts())));
        return first.update() != null ? "[Update] " + first.update() + ": " + first.title()
                : "[" + first.category() + "] " + first.buyerAndTitle();
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
