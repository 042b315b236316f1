package org.tenderwatch.notifier.deliver.email;

import jakarta.inject.Singleton;
import org.tenderwatch.notifier.deliver.AlertItem;
import org.tenderwatch.notifier.deliver.Message;
import org.tenderwatch.notifier.deliver.MessageKind;
import org.tenderwatch.notifier.deliver.NoticeSummary;
import org.tenderwatch.notifier.deliver.Text;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
        String template;
        String subject;
        if (message.kind() == MessageKind.CONFIRMATION) {
            template = "confirm";
            subject = "Confirm your Tender Watch alert";
        } else if (message.kind() == MessageKind.DIGEST) {
            template = "digest";
            var groups = AlertItem.byCategory(message.alerts());
            int count = groups.values().stream().mapToInt(List::size).sum();
            model.put("groups", groups.entrySet().stream().map(e -> Map.of(
                    "category", NoticeSummary.categoryName(e.getKey()),
                    "alerts", e.getValue().stream().map(EmailContent::alert).toList())).toList());
            model.put("count", count);
            model.put("period", message.period() == null ? "" : DAY.format(message.period()));
            subject = "Tender Watch digest for " + model.get("period") + ": " + count + (count == 1 ? " notice" : " notices");
        } else {
            template = "alert";
            NoticeSummary first = NoticeSummary.of(message.alerts().get(0));
            model.put("alert", alert(message.alerts().get(0)));
            model.put("subscriptions", message.alerts().stream().map(a -> NoticeSummary.of(a).subscriptionName()).distinct()
                    .collect(Collectors.joining(", ")));
            subject = (first.update() != null ? "[Update] " + first.update() + ": " : "[" + first.category() + "] " + first.buyer() + ": ")
                    + first.title();
        }
        return new Rendered(Text.line(subject, 200), templates.render(template + ".txt", model),
                templates.render(template + ".html", model));
    }

    private static Map<String, Object> alert(AlertItem item) {
        NoticeSummary s = NoticeSummary.of(item);
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
        return m;
    }
}
