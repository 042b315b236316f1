package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One notice in a message, with which subscription it was for.
 *
 * @param update the subscriber was alerted about an earlier release of the same procurement; this one is what happened next
 * @param recordUrl the procurement's page on the public record (the tracker), when one is configured
 * @param links     the alert's feedback and mute links (null where a message is built without them)
 * @param event     what this release says happened, in plain words ("Contract signed: X Ltd £1.2m"), compared with
 *                  the procurement's release before it; null when not worked out
 */
public record AlertItem(NoticeClassified notice, String subscriptionName, boolean update, @Nullable String recordUrl,
                        @Nullable AlertLinks links, @Nullable String event) {

    public AlertItem(NoticeClassified notice, String subscriptionName, boolean update, @Nullable String recordUrl,
                     @Nullable AlertLinks links) {
        this(notice, subscriptionName, update, recordUrl, links, null);
    }

    public AlertItem(NoticeClassified notice, String subscriptionName, boolean update, @Nullable String recordUrl) {
        this(notice, subscriptionName, update, recordUrl, null, null);
    }

    public AlertItem(NoticeClassified notice, String subscriptionName, boolean update) {
        this(notice, subscriptionName, update, null, null, null);
    }

    /** Each release once, in the order they arrived: a message about one procurement may carry several of its notices. */
    public static List<AlertItem> distinctReleases(List<AlertItem> alerts) {
        Set<String> seen = new HashSet<>();
        return alerts.stream().filter(alert -> seen.add(alert.notice().notice().releaseId())).toList();
    }

    /** Alerts grouped by category in the categories' order, each notice once (several subscriptions may share it). */
    public static Map<Category, List<AlertItem>> byCategory(List<AlertItem> alerts) {
        Map<Category, List<AlertItem>> grouped = new EnumMap<>(Category.class);
        Set<String> seen = new HashSet<>();
        for (AlertItem alert : alerts) {
            if (seen.add(alert.notice().releaseId())) {
                grouped.computeIfAbsent(alert.notice().category(), c -> new ArrayList<>()).add(alert);
            }
        }
        return grouped;
    }

    /** "1 notice", "3 notices": each notice counted once, however many of the subscriber's subscriptions it matched. */
    public static String noticeCount(List<AlertItem> alerts) {
        long count = alerts.stream().map(alert -> alert.notice().releaseId()).distinct().count();
        return count + (count == 1 ? " notice" : " notices");
    }
}
