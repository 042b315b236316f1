package org.tenderwatch.notifier.deliver;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.outbox.Outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The figures of one subscriber's monthly message, from the notifier's own record: every notice it received is kept
 * with its source ({@code notice.source}), and every match with its subscriber ({@link MonthlyRepository}).
 */
@Singleton
class MonthlyFigures {

    private final MonthlyRepository repository;
    private final Links links;
    private final Outbox outbox;

    MonthlyFigures(MonthlyRepository repository, Links links, Outbox outbox) {
        this.repository = repository;
        this.links = links;
        this.outbox = outbox;
    }

    /** Empty when the subscriber has no alert in force any more: there is nothing to report working for them. */
    @Transactional(readOnly = true)
    public Optional<MonthlyReport> of(long subscriberId, YearMonth month) {
        int active = repository.activeAlerts(subscriberId);
        if (active == 0) {
            return Optional.empty();
        }
        Instant from = month.atDay(1).atStartOfDay(ProcurementThreads.SUBSCRIBERS_ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ProcurementThreads.SUBSCRIBERS_ZONE).toInstant();
        Map<String, Long> matched = repository.matched(subscriberId, from, to).stream()
                .collect(Collectors.toMap(MonthlyRepository.SourceCount::source, MonthlyRepository.SourceCount::notices));
        List<MonthlyReport.Source> sources = repository.sources().stream()
                .map(source -> new MonthlyReport.Source(source, repository.read(source, from, to), matched.getOrDefault(source, 0L),
                        repository.latest(source).map(this::latest).orElse(null)))
                .toList();
        return Optional.of(new MonthlyReport(month, sources, active, outbox.alertMessagesSent(subscriberId, from, to)));
    }

    private MonthlyReport.Latest latest(MonthlyRepository.LatestNotice notice) {
        return new MonthlyReport.Latest(Text.line(notice.title(), 200), day(notice.releaseDate()), notice.receivedAt(),
                links.procurement(notice.ocid()));
    }

    /** A release date the event carried as published; one that does not read is simply not shown. */
    private static @Nullable LocalDate day(@Nullable String releaseDate) {
        if (releaseDate == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(releaseDate).atZoneSameInstant(ProcurementThreads.SUBSCRIBERS_ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
