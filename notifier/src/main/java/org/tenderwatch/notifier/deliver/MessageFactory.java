package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.notifier.outbox.MessageKind;
import org.tenderwatch.notifier.outbox.Claimed;
import org.tenderwatch.notifier.outbox.Outbox;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.tenderwatch.events.NoticeClassified;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the message for a claimed delivery from its alerts and their stored notices, revealing the recipient only now. */
@Singleton
class MessageFactory {

    private final AlertRepository alertRows;
    private final ObjectMapper json;
    private final Links links;
    private final ProcurementThreads threads;
    private final DigestContents digests;
    private final Outbox outbox;
    private final VolumeSettings volume;
    private final Clock clock;
    private final MonthlyFigures monthly;

    MessageFactory(AlertRepository alertRows, ObjectMapper json, Links links, ProcurementThreads threads,
                   DigestContents digests, Outbox outbox, VolumeSettings volume, Clock clock, MonthlyFigures monthly) {
        this.alertRows = alertRows;
        this.monthly = monthly;
        this.json = json;
        this.links = links;
        this.threads = threads;
        this.digests = digests;
        this.outbox = outbox;
        this.volume = volume;
        this.clock = clock;
    }

    Message build(Claimed claimed, Addressee addressee, Channel channel) {
        if (claimed.kind() == MessageKind.MONTHLY) {
            return monthly(claimed, addressee, channel);
        }
        // A paced channel (Slack: one post a second per webhook) would take an hour over a backfill's burst: gather it.
        boolean burst = claimed.kind() == MessageKind.INSTANT && !channel.minInterval().isZero()
                && outbox.gatherBurst(claimed.id(), claimed.subscriberId(), volume.burstThreshold());
        boolean listing = claimed.kind() == MessageKind.DIGEST || burst;
        // A listing shows the cap and counts the rest; one procurement's releases gathered over minutes are all shown.
        List<AlertItem> alerts = withEvents(alertsOf(claimed.id(), listing ? volume.digestCap() : Integer.MAX_VALUE));
        DigestExtent extent = listing ? extent(claimed, alerts, burst) : null;
        EarlierAlert follows = extent == null ? follows(claimed, alerts) : null;
        if (follows != null) {
            // What the subscriber hears next about a procurement is a follow-up, whether or not it would match on its own.
            alerts = alerts.stream().map(a -> new AlertItem(a.notice(), a.subscriptionName(), true, a.recordUrl(), a.links(), a.event())).toList();
        }
        String recipient = channel.reveal(addressee.recipient());
        String confirm = claimed.kind() == MessageKind.CONFIRMATION && claimed.subscriptionId() != null
                ? links.confirm(claimed.subscriptionId()) : null;
        return new Message(claimed.id(), claimed.createdAt(), claimed.kind(), recipient, alerts, claimed.period(),
                links.unsubscribe(addressee.subscriberId()), links.manage(addressee.subscriberId()), confirm, follows, extent, null);
    }

    /** No alerts, only figures; none either (so nothing is sent) when the subscriber has no alert in force any more. */
    private Message monthly(Claimed claimed, Addressee addressee, Channel channel) {
        if (claimed.period() == null) {
            throw new IllegalStateException("monthly delivery " + claimed.id() + " names no month");
        }
        MonthlyReport report = monthly.of(claimed.subscriberId(), YearMonth.from(claimed.period())).orElse(null);
        return new Message(claimed.id(), claimed.createdAt(), claimed.kind(), channel.reveal(addressee.recipient()), List.of(),
                claimed.period(), links.unsubscribe(addressee.subscriberId()), links.manage(addressee.subscriberId()), null,
                null, null, report);
    }

    private DigestExtent extent(Claimed claimed, List<AlertItem> alerts, boolean burst) {
        List<String> shown = AlertItem.distinctReleases(alerts).stream().map(a -> a.notice().notice().releaseId()).toList();
        if (burst) {
            // "The same search" for alerts that came at once, from a backfill for instance: the filter, any day.
            return digests.extent(claimed.id(), "Tender Watch: many alerts at once", shown, null, null);
        }
        boolean weekly = digests.weekly(claimed.id());
        LocalDate to = claimed.period();
        LocalDate from = to == null ? null : to.minusDays(weekly ? 7 : 1);
        return digests.extent(claimed.id(), weekly ? "Tender Watch weekly digest" : "Tender Watch daily digest", shown, from, to);
    }

    /** Each alert with what its release says happened, compared with the release of its procurement before it. */
    private List<AlertItem> withEvents(List<AlertItem> alerts) {
        LocalDate today = LocalDate.now(clock.withZone(ProcurementThreads.SUBSCRIBERS_ZONE));
        Map<String, String> events = new HashMap<>();
        return alerts.stream().map(alert -> {
            NoticeClassified notice = alert.notice();
            String event = events.computeIfAbsent(notice.notice().releaseId(), id ->
                    FollowUpHeadline.of(notice, threads.previousRelease(id).map(this::read).orElse(null), today));
            return new AlertItem(notice, alert.subscriptionName(), alert.update(), alert.recordUrl(), alert.links(), event);
        }).toList();
    }

    /** An alert about a procurement the subscriber already heard of follows the first message sent about it. */
    private @Nullable EarlierAlert follows(Claimed claimed, List<AlertItem> alerts) {
        if (claimed.kind() != MessageKind.INSTANT || alerts.isEmpty()) {
            return null;
        }
        return threads.firstSent(claimed.subscriberId(), alerts.get(0).notice().notice().ocid(), claimed.id());
    }

    /** The delivery's alerts about its first {@code releases} releases, in the order they arrived, each with its stored notice. */
    private List<AlertItem> alertsOf(long deliveryId, int releases) {
        return alertRows.listed(deliveryId, releases).stream().map(row -> {
            NoticeClassified notice = read(row.payload());
            return new AlertItem(notice, row.subscriptionName(), "update".equals(row.kind()), links.procurement(notice.ocid()),
                    links.alert(row.alertId(), !NoticeSummary.suppliers(notice.notice()).isEmpty()));
        }).toList();
    }

    private NoticeClassified read(String payload) {
        try {
            return json.readValue(payload, NoticeClassified.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored notice no longer readable", e);
        }
    }
}
