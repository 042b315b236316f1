package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import org.tenderwatch.events.Lifecycle;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a release tells of its procurement's life. A Procurement Act notice type says it outright; a Provider
 * Selection Regime notice says it in its boilerplate; a legacy form or a Contracts Finder notice says it by its
 * OCDS tags. The table is in the fetcher README.
 */
final class LifecycleEvents {

    private static final Map<String, Lifecycle> BY_NOTICE_TYPE = Map.ofEntries(
            Map.entry("UK1", Lifecycle.PLANNED),
            Map.entry("UK2", Lifecycle.PLANNED),
            Map.entry("UK3", Lifecycle.PLANNED),
            Map.entry("UK4", Lifecycle.TENDERED),
            Map.entry("UK5", Lifecycle.DIRECT_AWARD_INTENDED),
            Map.entry("UK6", Lifecycle.PROVIDER_SELECTED),
            Map.entry("UK7", Lifecycle.CONTRACT_SIGNED),
            Map.entry("UK10", Lifecycle.CHANGED),
            Map.entry("UK12", Lifecycle.CANCELLED),
            // Dynamic markets: intention to establish, establishment, modification, cessation.
            Map.entry("UK13", Lifecycle.PLANNED),
            Map.entry("UK14", Lifecycle.TENDERED),
            Map.entry("UK15", Lifecycle.CHANGED),
            Map.entry("UK16", Lifecycle.ENDED));
    private static final Pattern UK_NOTICE = Pattern.compile("UK\\d{1,2}");
    // A contract that ran its course: "completed", "expired", "principal obligations fully performed", "end of term".
    private static final Pattern COMPLETION = Pattern.compile(
            "complet|fully performed|expir|end of (?:the )?(?:contract )?term|natural end|term (?:has )?ended|ran its course",
            Pattern.CASE_INSENSITIVE);

    private LifecycleEvents() {
    }

    /**
     * @param text the notice's title and description, where a legacy form's kind is written
     * @return the lifecycle event, or null when the release does not say (e.g. UK8 payments, UK9 performance)
     */
    static Lifecycle of(String noticeType, List<String> tags, JsonNode release, String text) {
        if (noticeType != null && UK_NOTICE.matcher(noticeType.strip().toUpperCase(Locale.ROOT)).matches()) {
            String type = noticeType.strip().toUpperCase(Locale.ROOT);
            return "UK11".equals(type) ? ending(release) : BY_NOTICE_TYPE.get(type);
        }
        Lifecycle fromWording = fromWording(tags, text);
        return fromWording != null ? fromWording : fromTags(tags, release);
    }

    // Only where an award could be: a tender notice of a PSR competitive process also says who "intends to award".
    private static Lifecycle fromWording(List<String> tags, String text) {
        boolean beforeAward = !tags.isEmpty() && tags.stream().allMatch(tag -> isStage(tag, "planning") || isStage(tag, "tender"));
        if (beforeAward || tagged(tags, "cancel")) {
            return null;
        }
        if (NoticeWording.providerSelectionRegime(text)) {
            if (NoticeWording.intentionToAward(text)) {
                return Lifecycle.PROVIDER_SELECTED;
            }
            if (NoticeWording.confirmationOfAward(text)) {
                return Lifecycle.CONTRACT_SIGNED;
            }
        }
        return NoticeWording.transparencyNotice(text) ? Lifecycle.DIRECT_AWARD_INTENDED : null;
    }

    private static Lifecycle fromTags(List<String> tags, JsonNode release) {
        JsonNode tender = release.get("tender");
        if (tagged(tags, "cancel") || "cancelled".equalsIgnoreCase(Nodes.text(tender, "status"))) {
            return Lifecycle.CANCELLED;
        }
        if (tagged(tags, "termination") || terminated(release)) {
            return ending(release);
        }
        if (tagged(tags, "contractamendment") || tagged(tags, "contractupdate") || tagged(tags, "awardupdate")) {
            return Lifecycle.CHANGED;
        }
        if (tags.stream().anyMatch(tag -> isStage(tag, "contract") || isStage(tag, "award"))) {
            return Lifecycle.CONTRACT_SIGNED;
        }
        // A tender amended or updated is still the tender, as corrected.
        if (tags.stream().anyMatch(tag -> isStage(tag, "tender"))) {
            return Lifecycle.TENDERED;
        }
        if (tags.stream().anyMatch(tag -> isStage(tag, "planning"))) {
            return Lifecycle.PLANNED;
        }
        return null;
    }

    /** Ended, and early only when the published reason for ending is something other than the contract running its course. */
    private static Lifecycle ending(JsonNode release) {
        String reason = null;
        for (JsonNode contract : Nodes.array(release, "contracts")) {
            JsonNode classification = contract.get("terminationRationaleClassification");
            reason = firstNonNull(reason, Nodes.text(classification, "description"), Nodes.text(classification, "id"),
                    Nodes.text(contract, "terminationRationale"), Nodes.text(contract, "statusDetails"));
        }
        if (reason == null) {
            return Lifecycle.ENDED;
        }
        return COMPLETION.matcher(reason).find() ? Lifecycle.ENDED : Lifecycle.ENDED_EARLY;
    }

    private static boolean terminated(JsonNode release) {
        return Nodes.array(release, "contracts").stream()
                .anyMatch(contract -> "terminated".equalsIgnoreCase(Nodes.text(contract, "status")));
    }

    private static boolean tagged(List<String> tags, String fragment) {
        return tags.stream().anyMatch(tag -> tag.toLowerCase(Locale.ROOT).contains(fragment));
    }

    /** The stage itself, or its update or amendment: tender, tenderUpdate, tenderAmendment. */
    private static boolean isStage(String tag, String stage) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.equals(stage) || t.equals(stage + "update") || t.equals(stage + "amendment");
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
