package org.tenderwatch.notifier.mute;

import org.tenderwatch.notifier.matching.Match;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subscribers who do not want to hear about one notice, for the intake to leave out of its matches and
 * follow-ups; counts what it left out, to be reported once the notice's alerts are recorded.
 */
public final class Silenced {

    private final Map<Long, String> reasons;
    /** Subscriptions left out, by reason: one subscription may be asked about twice (a match, then a follow-up). */
    private final Set<Long> muted = new HashSet<>();
    private final Set<Long> snoozed = new HashSet<>();

    Silenced(Map<Long, String> reasons) {
        this.reasons = reasons;
    }

    public static Silenced nobody() {
        return new Silenced(Map.of());
    }

    /** True, and counted, when the match's subscriber muted this notice or is snoozed. */
    public boolean skips(Match match) {
        String reason = reasons.get(match.subscriberId());
        if (reason == null) {
            return false;
        }
        ("snoozed".equals(reason) ? snoozed : muted).add(match.subscriptionId());
        return true;
    }

    public List<Match> without(List<Match> matches) {
        return matches.stream().filter(match -> !skips(match)).toList();
    }

    int muted() {
        return muted.size();
    }

    int snoozed() {
        return snoozed.size();
    }
}
