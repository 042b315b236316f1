package org.tenderwatch.notifier.deliver.slack;

import org.tenderwatch.notifier.outbox.MessageKind;
import org.tenderwatch.events.Category;
import org.tenderwatch.notifier.deliver.AlertItem;
import org.tenderwatch.notifier.deliver.AlertLinks;
import org.tenderwatch.notifier.deliver.DigestExtent;
import org.tenderwatch.notifier.deliver.Message;
import org.tenderwatch.notifier.deliver.MonthlyReport;
import org.tenderwatch.notifier.deliver.MonthlyText;
import org.tenderwatch.notifier.deliver.NoticeSummary;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Block Kit payloads for alerts and digests, within Slack's limits: at most 50 blocks, 3,000 characters a section. */
final class BlockKit {

    static final int MAX_BLOCKS = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private BlockKit() {
    }

    static Map<String, Object> payload(Message message) {
        List<Map<String, Object>> blocks = message.kind() == MessageKind.MONTHLY ? monthly(message)
                : message.kind() == MessageKind.DIGEST || message.extent() != null ? digest(message) : instant(message);
        blocks.add(context(Mrkdwn.link(message.manageUrl(), "Manage alerts") + " · "
                + Mrkdwn.link(message.unsubscribeUrl(), "Unsubscribe")));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("text", fallback(message));
        payload.put("blocks", blocks.size() > MAX_BLOCKS ? blocks.subList(0, MAX_BLOCKS) : blocks);
        payload.put("unfurl_links", false);
        return payload;
    }

    private static List<Map<String, Object>> instant(Message message) {
        List<AlertItem> releases = AlertItem.distinctReleases(message.alerts());
        NoticeSummary s = NoticeSummary.of(releases.get(releases.size() - 1));
        String headline = releases.stream().filter(AlertItem::update).reduce((first, second) -> second)
                .map(update -> NoticeSummary.of(update).update()).orElse(null);
        List<Map<String, Object>> blocks = new ArrayList<>();
        String heading = "*" + Mrkdwn.link(s.url(), s.title()) + "*";
        if (headline != null) {
            heading = "*" + Mrkdwn.escape(headline) + "*\n" + heading;
        }
        blocks.add(section(heading));
        if (message.follows() != null) {
            blocks.add(context("Follows our alert of " + Mrkdwn.escape(DAY.format(message.follows().sentOn())) + ": "
                    + Mrkdwn.escape(message.follows().title())));
        }
        if (releases.size() > 1) {
            blocks.add(section("*What happened*, in the order it was published:\n" + releases.stream()
                    .map(release -> "• " + Mrkdwn.escape(release.event() != null ? release.event() : NoticeSummary.of(release).stage()))
                    .collect(Collectors.joining("\n"))));
        }
        blocks.add(fields(List.of(
                "*Buyer*\n" + Mrkdwn.escape(s.buyer()),
                "*Value*\n" + Mrkdwn.escape(s.value()),
                "*Category*\n" + Mrkdwn.escape(s.category()),
                "*Stage*\n" + Mrkdwn.escape(s.stage()),
                "*Specialties*\n" + Mrkdwn.escape(orNone(s.specialties())),
                "*Signals*\n" + Mrkdwn.escape(orNone(s.signals())))));
        String names = NoticeSummary.subscriptionNames(message.alerts()).stream().map(Mrkdwn::escape).collect(Collectors.joining(", "));
        blocks.add(section("*Why it matched* (" + names + ")\n" + s.reasons().stream()
                .map(r -> "• " + Mrkdwn.escape(r)).collect(Collectors.joining("\n"))));
        if (!s.excerpt().isEmpty()) {
            blocks.add(section(Mrkdwn.escape(s.excerpt())));
        }
        if (s.recordUrl() != null) {
            blocks.add(section(Mrkdwn.link(s.recordUrl(), "Timeline and evidence on Tender Watch")));
        }
        if (s.links() != null) {
            blocks.add(context(actions(s.links())));
        }
        return blocks;
    }

    /** A digest, or a burst of alerts gathered into one post: grouped by category, capped, the rest counted and linked. */
    private static List<Map<String, Object>> digest(Message message) {
        Map<Category, List<AlertItem>> byCategory = AlertItem.byCategory(message.alerts());
        int listed = byCategory.values().stream().mapToInt(List::size).sum();
        DigestExtent extent = message.extent();
        int total = extent == null ? listed : extent.total();
        List<DigestExtent.More> more = extent == null ? List.of() : extent.more();
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(section("*" + Mrkdwn.escape(heading(message)) + "*: " + total + (total == 1 ? " notice" : " notices")));
        int room = MAX_BLOCKS - 3 - byCategory.size() - more.size();
        int shown = 0;
        for (var entry : byCategory.entrySet()) {
            if (shown == room) {
                break;
            }
            blocks.add(section("*" + Mrkdwn.escape(NoticeSummary.categoryName(entry.getKey())) + "*"));
            for (AlertItem item : entry.getValue()) {
                if (shown == room) {
                    break;
                }
                NoticeSummary s = NoticeSummary.of(item);
                blocks.add(section("*" + Mrkdwn.link(s.url(), s.title()) + "*\n" + (s.update() == null ? "" : "Update: " + Mrkdwn.escape(s.update()) + "\n")
                        + Mrkdwn.escape(s.buyer()) + " · " + Mrkdwn.escape(s.value()) + "\n_Why:_ "
                        + Mrkdwn.escape(String.join("; ", s.reasons()))
                        + (s.links() == null ? "" : "\n" + actions(s.links()))));
                shown++;
            }
        }
        for (DigestExtent.More m : more) {
            String what = "…and " + m.count() + " more for " + Mrkdwn.escape(m.subscriptionName());
            blocks.add(section(m.searchUrl() == null ? what : what + ": " + Mrkdwn.link(m.searchUrl(), "see them all on Tender Watch")));
        }
        if (shown < listed) {
            blocks.add(section("…and " + (listed - shown) + " more: see " + Mrkdwn.link(message.manageUrl(), "your alerts")));
        }
        return blocks;
    }

    /** What was checked for the subscriber in the month, one section per source, and how to turn the message off. */
    private static List<Map<String, Object>> monthly(Message message) {
        MonthlyReport report = monthly(message.monthly(), message);
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(section("*" + Mrkdwn.escape(monthlyTitle(report)) + "*\nEvery notice we read in "
                + Mrkdwn.escape(MONTH.format(report.month())) + " was matched against "
                + (report.activeAlerts() == 1 ? "your alert" : "your " + report.activeAlerts() + " alerts") + ": "
                + count(report.matched(), "notice") + " matched."));
        if (report.sources().isEmpty()) {
            blocks.add(section("We read no notices at all: something is wrong on our side, and we are looking into it."));
        }
        for (MonthlyReport.Source source : report.sources()) {
            String text = "*" + Mrkdwn.escape(source.name()) + "*\n" + count(source.read(), "notice") + " read, "
                    + source.matched() + " matched your alerts";
            MonthlyReport.Latest latest = source.latest();
            if (latest != null) {
                String title = latest.recordUrl() == null ? Mrkdwn.escape(latest.title()) : Mrkdwn.link(latest.recordUrl(), latest.title());
                text += "\nLatest notice: " + title + " (" + Mrkdwn.escape(MonthlyText.when(latest)) + ")";
            }
            blocks.add(section(text));
        }
        blocks.add(section("Alert messages sent here in " + Mrkdwn.escape(MONTH.format(report.month())) + ": "
                + count(report.messagesSent(), "message") + "."));
        blocks.add(context("You get this message once a month because you asked for it: "
                + Mrkdwn.link(message.manageUrl(), "turn it off") + "."));
        return blocks;
    }

    private static MonthlyReport monthly(MonthlyReport report, Message message) {
        if (report == null) {
            throw new IllegalArgumentException("monthly message " + message.deliveryId() + " without its figures");
        }
        return report;
    }

    private static String monthlyTitle(MonthlyReport report) {
        return "Tender Watch in " + MONTH.format(report.month()) + ": still working for you";
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String heading(Message message) {
        String heading = message.extent() == null ? "Tender Watch digest" : message.extent().heading();
        return message.period() == null ? heading : heading + " for " + DAY.format(message.period());
    }

    /** The alert's feedback and mute links on one line. */
    private static String actions(AlertLinks links) {
        return Mrkdwn.link(links.notRelevant(), "Not relevant") + " · " + Mrkdwn.link(links.wrongCategory(), "Wrong category")
                + " · Mute: " + Mrkdwn.link(links.muteBuyer(), "buyer")
                + (links.muteSupplier() == null ? "" : " · " + Mrkdwn.link(links.muteSupplier(), "supplier"))
                + " · " + Mrkdwn.link(links.muteProcurement(), "procurement");
    }

    private static String fallback(Message message) {
        if (message.kind() == MessageKind.MONTHLY) {
            return Mrkdwn.fit(Mrkdwn.escape(monthlyTitle(monthly(message.monthly(), message))));
        }
        if (message.kind() == MessageKind.DIGEST || message.extent() != null) {
            int total = message.extent() == null ? AlertItem.distinctReleases(message.alerts()).size() : message.extent().total();
            return Mrkdwn.fit(Mrkdwn.escape(heading(message)) + ": " + total + (total == 1 ? " notice" : " notices"));
        }
        List<AlertItem> releases = AlertItem.distinctReleases(message.alerts());
        NoticeSummary s = NoticeSummary.of(releases.get(releases.size() - 1));
        if (s.update() != null) {
            return Mrkdwn.fit(Mrkdwn.escape(s.update() + ": " + s.title()));
        }
        return Mrkdwn.fit(Mrkdwn.escape(s.category() + ": " + s.buyerAndTitle()));
    }

    private static String orNone(List<String> values) {
        return values.isEmpty() ? "–" : String.join(", ", values);
    }

    private static Map<String, Object> section(String mrkdwn) {
        return Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", Mrkdwn.fit(mrkdwn)));
    }

    private static Map<String, Object> fields(List<String> mrkdwn) {
        return Map.of("type", "section", "fields", mrkdwn.stream()
                .map(text -> Map.of("type", "mrkdwn", "text", Mrkdwn.fit(text, Mrkdwn.FIELD_LIMIT))).toList());
    }

    private static Map<String, Object> context(String mrkdwn) {
        return Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text", Mrkdwn.fit(mrkdwn))));
    }
}
