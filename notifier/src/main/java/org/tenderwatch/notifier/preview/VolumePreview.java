package org.tenderwatch.notifier.preview;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.matching.MatchableNotice;
import org.tenderwatch.notifier.matching.SubscriptionIndex;
import org.tenderwatch.notifier.subscriptions.Cadence;
import org.tenderwatch.notifier.subscriptions.FilterValidator;
import org.tenderwatch.notifier.subscriptions.Subscription;
import org.tenderwatch.notifier.subscriptions.SubscriptionFilter;

import java.io.IOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Runs a filter, exactly as matching would, over the notices this notifier received in the last weeks, and counts
 * the alerts it would have made per week (direct matches; follow-ups about earlier alerts are not counted). The
 * database leaves out, through an index, the notices the filter's categories exclude (most notices are not relevant);
 * matching decides the rest. Anyone
 * may ask, so the work is bounded: a few previews at a time, a page of notices in memory at a time (without their
 * release JSON), at most {@code maxNotices} notices and {@code timeLimit} of time, each query under a statement
 * timeout. What stops early says so.
 */
@Singleton
public class VolumePreview {

    private static final Logger LOG = LoggerFactory.getLogger(VolumePreview.class);
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final int PAGE = 200;

    private final NoticeHistory history;
    private final TransactionOperations<Connection> tx;
    private final ObjectMapper json;
    private final PreviewSettings settings;
    private final Semaphore running;
    private final Clock clock = Clock.systemUTC();

    VolumePreview(NoticeHistory history, TransactionOperations<Connection> tx, ObjectMapper json, PreviewSettings settings) {
        this.history = history;
        this.tx = tx;
        this.json = json;
        this.settings = settings;
        this.running = new Semaphore(settings.concurrent());
    }

    /** The filter is checked as a subscription's would be (InvalidField when it is not valid). */
    public Preview of(SubscriptionFilter requested) {
        SubscriptionFilter filter = FilterValidator.filter(requested);
        if (!running.tryAcquire()) {
            throw new PreviewBusy();
        }
        try {
            return count(filter);
        } finally {
            running.release();
        }
    }

    private Preview count(SubscriptionFilter filter) {
        LocalDate thisWeek = LocalDate.now(clock.withZone(UK)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(settings.weeks());
        Instant from = first.atStartOfDay(UK).toInstant();
        Instant until = clock.instant();
        SubscriptionIndex index = new SubscriptionIndex(List.of(new Subscription(0, 0, "email", "", "", filter,
                Cadence.INSTANT, 7, true, Instant.EPOCH)));
        Candidates candidates = Candidates.of(filter);
        int[] alerts = new int[settings.weeks() + 1];
        long deadline = System.nanoTime() + settings.timeLimit().toNanos();
        int[] read = {0};
        boolean complete;
        try {
            complete = tx.executeRead(status -> {
                history.statementTimeout(String.valueOf(Math.max(1, settings.timeLimit().toMillis())));
                Instant afterReceived = from.minusNanos(1);
                String afterRelease = "";
                int pageSize = Math.min(PAGE, settings.maxNotices());
                while (true) {
                    List<StoredNotice> page = history.page(afterReceived, afterRelease, until, candidates.categories(), candidates.possibly(),
                            pageSize);
                    for (StoredNotice notice : page) {
                        if (matches(index, notice)) {
                            LocalDate day = notice.receivedAt().atZone(UK).toLocalDate();
                            int week = (int) ChronoUnit.WEEKS.between(first, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                            if (week >= 0 && week < alerts.length) {
                                alerts[week]++;
                            }
                        }
                    }
                    read[0] += page.size();
                    if (page.size() < pageSize) {
                        return true;
                    }
                    if (read[0] >= settings.maxNotices() || System.nanoTime() > deadline) {
                        return false;
                    }
                    StoredNotice last = page.get(page.size() - 1);
                    afterReceived = last.receivedAt();
                    afterRelease = last.releaseId();
                }
            });
        } catch (DataAccessException e) {
            // The statement timeout, or the database away: say what was counted, never pretend it was all.
            LOG.info("Preview stopped after {} notices: {}", read[0], e.getMessage());
            complete = false;
        }
        List<Preview.Week> weeks = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < alerts.length; i++) {
            weeks.add(new Preview.Week(first.plusWeeks(i), alerts[i], i == alerts.length - 1));
            total += alerts[i];
        }
        return new Preview(weeks, total, read[0], complete);
    }

    /**
     * The stored notices a filter can match at all, by category, as matching decides: a not relevant or possibly
     * relevant notice only when {@code not_relevant} is asked for by name; no category asked for: any relevant one.
     */
    record Candidates(String[] categories, String[] possibly) {

        static Candidates of(SubscriptionFilter filter) {
            String notRelevant = Category.NOT_RELEVANT.label();
            if (filter.categories().contains(notRelevant)) {
                // A possibly relevant notice of any category is matched as not relevant.
                return new Candidates(Arrays.stream(Category.values()).map(Category::label).toArray(String[]::new),
                        new String[]{"false", "true"});
            }
            String[] relevant = filter.categories().isEmpty()
                    ? Arrays.stream(Category.values()).filter(Category::relevant).map(Category::label).toArray(String[]::new)
                    : filter.categories().toArray(String[]::new);
            return new Candidates(relevant, new String[]{"false"});
        }
    }

    private boolean matches(SubscriptionIndex index, StoredNotice stored) {
        NoticeClassified notice;
        try {
            notice = json.readValue(stored.payload(), NoticeClassified.class);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Stored notice {} skipped by the preview: {}", stored.releaseId(), e.getMessage());
            return false;
        }
        return notice.notice() != null && !notice.notice().testNotice() && notice.category() != null && notice.stage() != null
                && !index.match(MatchableNotice.of(notice)).isEmpty();
    }
}
