package org.tenderwatch.notifier.mute;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.notifier.deliver.NoticeSummary;
import org.tenderwatch.notifier.subscriptions.InvalidField;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Mutes and snoozes of one subscriber: added from an alert's links or the manage page, listed, undone. */
@Singleton
class MuteService {

    private static final Logger LOG = LoggerFactory.getLogger(MuteService.class);
    /** Enough for anyone's real list; a bound on what one link holder can store. */
    static final int MAX_MUTES = 200;
    static final int MAX_LABEL = 300;
    static final Duration MAX_SNOOZE = Duration.ofDays(365);

    /** What an alert's link mutes: for whom, and the names the notice gives. */
    record Target(long subscriberId, MuteKind kind, List<String> names) {
    }

    private final MuteRepository mutes;
    private final SnoozeRepository snoozes;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    MuteService(MuteRepository mutes, SnoozeRepository snoozes, ObjectMapper json) {
        this.mutes = mutes;
        this.snoozes = snoozes;
        this.json = json;
    }

    /** What the alert's link would mute; empty when the alert is gone or its notice names nothing of that kind. */
    Optional<Target> target(long alertId, MuteKind kind) {
        return mutes.subjectOfAlert(alertId).flatMap(subject -> {
            NoticeFetched notice = read(subject.payload()).notice();
            List<String> names = switch (kind) {
                case BUYER -> notice.buyer() == null || notice.buyer().name() == null || notice.buyer().name().isBlank()
                        ? List.of() : List.of(notice.buyer().name().trim());
                case SUPPLIER -> NoticeSummary.suppliers(notice);
                case PROCUREMENT -> List.of(notice.title() == null ? notice.ocid() : notice.title().trim() + " (" + notice.ocid() + ")");
            };
            if (names.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Target(subject.subscriberId(), kind, kind == MuteKind.PROCUREMENT ? List.of(notice.ocid(), names.get(0)) : names));
        });
    }

    /** Mutes what an alert's link names; {@code index} picks one of several suppliers. False when it cannot. */
    boolean muteFromAlert(Target target, int index) {
        if (target.kind() == MuteKind.PROCUREMENT) {
            return add(target.subscriberId(), MuteKind.PROCUREMENT, target.names().get(0), target.names().get(1));
        }
        if (index < 0 || index >= target.names().size()) {
            return false;
        }
        String name = target.names().get(index);
        return add(target.subscriberId(), target.kind(), name, name);
    }

    /** From the manage page: a buyer or supplier by name, a procurement by its ocid. */
    void mute(long subscriberId, MuteKind kind, String value) {
        String label = value == null ? "" : value.trim();
        if (label.isEmpty() || label.length() > MAX_LABEL || label.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidField("value", "give the " + kind.words() + " as published, in at most " + MAX_LABEL + " characters");
        }
        if (!add(subscriberId, kind, label, label)) {
            throw new InvalidField("value", "at most " + MAX_MUTES + " mutes: remove some first");
        }
    }

    private boolean add(long subscriberId, MuteKind kind, String value, String label) {
        boolean added = mutes.add(subscriberId, kind.label(), kind.key(value), cut(label), MAX_MUTES) > 0;
        if (added) {
            LOG.info("Subscriber {} muted a {}", subscriberId, kind.label());
        }
        return added || mutes.ofSubscriber(subscriberId).stream()
                .anyMatch(m -> m.kind().equals(kind.label()) && m.key().equals(kind.key(value)));
    }

    List<MuteRow> mutes(long subscriberId) {
        return mutes.ofSubscriber(subscriberId);
    }

    boolean unmute(long subscriberId, long muteId) {
        return mutes.remove(muteId, subscriberId) > 0;
    }

    Instant snooze(long subscriberId, Duration period) {
        if (period.isNegative() || period.isZero() || period.compareTo(MAX_SNOOZE) > 0) {
            throw new InvalidField("days", "snooze for 1 to " + MAX_SNOOZE.toDays() + " days");
        }
        Instant until = clock.instant().plus(period);
        snoozes.snooze(subscriberId, until);
        return until;
    }

    Optional<Instant> snoozedUntil(long subscriberId) {
        return snoozes.current(subscriberId).map(SnoozeRow::untilAt);
    }

    void wake(long subscriberId) {
        snoozes.wake(subscriberId);
    }

    private static String cut(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL);
    }

    private NoticeClassified read(String payload) {
        try {
            return json.readValue(payload, NoticeClassified.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored notice no longer readable", e);
        }
    }
}
