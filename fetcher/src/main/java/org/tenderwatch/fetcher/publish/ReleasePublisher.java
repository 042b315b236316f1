package org.tenderwatch.fetcher.publish;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.fetcher.metrics.FetcherMetrics;
import org.tenderwatch.ocds.InvalidOcdsException;
import org.tenderwatch.ocds.Normalised;
import org.tenderwatch.ocds.ReleaseNormaliser;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishes the releases of one window: each normalised, oldest first so that one OCID's releases reach the topic
 * in order, each at most once per (source, release id) as far as the published_release table knows.
 */
@Singleton
public class ReleasePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(ReleasePublisher.class);
    private static final Comparator<NoticeFetched> OLDEST_FIRST = Comparator
            .comparing(NoticeFetched::releaseDate, Comparator.nullsFirst(Comparator.comparing(OffsetDateTime::toInstant)))
            .thenComparing(NoticeFetched::releaseId);

    private final ReleaseNormaliser normaliser;
    private final NoticeProducer producer;
    private final PublishedReleaseRepository published;
    private final DeadLetters deadLetters;
    private final PublishSettings settings;
    private final FetcherMetrics metrics;

    ReleasePublisher(ReleaseNormaliser normaliser, NoticeProducer producer, PublishedReleaseRepository published,
                     DeadLetters deadLetters, PublishSettings settings, FetcherMetrics metrics) {
        this.normaliser = normaliser;
        this.producer = producer;
        this.published = published;
        this.deadLetters = deadLetters;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** Returns how many releases were sent; throws when the broker did not acknowledge them all. */
    public int publish(String source, List<FetchedRelease> releases) throws PublishFailedException {
        List<NoticeFetched> notices = new ArrayList<>(normalise(source, releases).values());
        Set<String> seen = new HashSet<>();
        for (int from = 0; from < notices.size(); from += 1000) {
            List<String> ids = notices.subList(from, Math.min(from + 1000, notices.size())).stream().map(NoticeFetched::releaseId).toList();
            seen.addAll(published.findPublished(source, ids));
        }
        List<NoticeFetched> fresh = notices.stream().filter(n -> !seen.contains(n.releaseId())).sorted(OLDEST_FIRST).toList();
        metrics.alreadyPublished(source, notices.size() - fresh.size());
        NoticeProducer.Sent sent = producer.send(fresh);
        List<NoticeFetched> acknowledged = sent.acknowledged();
        // A stop request waits until the acknowledged releases are recorded, or a restart would send them again.
        boolean stopRequested = Thread.interrupted() | sent.interrupted();
        // Recorded only after the broker's ack: a crash in between re-sends rather than loses (see README).
        acknowledged.forEach(n -> published.markPublished(source, n.releaseId(), n.ocid()));
        metrics.published(source, acknowledged.size());
        if (stopRequested) {
            Thread.currentThread().interrupt();
        }
        if (acknowledged.size() < fresh.size()) {
            NoticeFetched refused = fresh.get(acknowledged.size());
            throw new PublishFailedException(source + ": broker acknowledged " + acknowledged.size() + " of "
                    + fresh.size() + " releases; release " + refused.releaseId() + " of " + refused.ocid() + " not: "
                    + (sent.failure() == null ? "interrupted" : sent.failure().toString()), sent.failure());
        }
        return acknowledged.size();
    }

    /** Normalised notices by release id (a release seen twice in one window is one notice); bad ones kept aside. */
    private Map<String, NoticeFetched> normalise(String source, List<FetchedRelease> releases) {
        Map<String, NoticeFetched> notices = new LinkedHashMap<>();
        for (FetchedRelease fetched : releases) {
            var raw = fetched.release();
            if (raw.text().length() > settings.maxReleaseChars()) {
                deadLetters.keep(source, DeadLetters.Reason.OVERSIZED_RELEASE, fetched.location(), raw.ocid(), raw.id(),
                        "release is " + raw.text().length() + " characters, over fetcher.publish.max-release-chars "
                                + settings.maxReleaseChars(), raw.text());
                continue;
            }
            try {
                Normalised normalised = normaliser.normalise(source, raw);
                if (!normalised.anomalies().isEmpty()) {
                    LOG.info("{}: release {} from {} published with anomalies: {}", source, normalised.notice().releaseId(), fetched.location(),
                            normalised.anomalies());
                    metrics.anomalies(source, normalised.anomalies().size());
                }
                // By the identity the notice is published under: Public Contracts Scotland's releases have no id.
                notices.putIfAbsent(normalised.notice().releaseId(), normalised.notice());
            } catch (InvalidOcdsException | RuntimeException e) {
                deadLetters.keep(source, DeadLetters.Reason.INVALID_RELEASE, fetched.location(), raw.ocid(), raw.id(),
                        e.getMessage() == null ? e.toString() : e.getMessage(), raw.text());
            }
        }
        return notices;
    }
}
