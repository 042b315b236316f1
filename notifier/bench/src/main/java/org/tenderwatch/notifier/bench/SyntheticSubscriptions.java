package org.tenderwatch.notifier.bench;

import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.notifier.subscriptions.Cadence;
import org.tenderwatch.notifier.subscriptions.ChannelType;
import org.tenderwatch.notifier.subscriptions.Subscription;
import org.tenderwatch.notifier.subscriptions.SubscriptionFilter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Subscriptions shaped like people's: most name a category or two, many a specialty, some regions, keywords
 * (words and two-word phrases taken from real notice titles, so they really occur), a buyer or a minimum value.
 * Seeded, so every run matches against the same set.
 */
final class SyntheticSubscriptions {

    private static final List<String> CATEGORIES = List.of("clinical_insourcing", "clinical_outsourcing", "nonclinical_outsourcing");
    private static final List<String> SIGNALS = List.of("health-buyer", "private-winner", "psr", "psr-direct-award-c",
            "known-insourcing-provider", "evenings-weekends", "waiting-list", "framework-establishment");
    private static final List<String> STAGES = List.of("planning", "tender", "award", "contract");
    private static final List<String> REGIONS = List.of("UKC", "UKD", "UKE", "UKF", "UKG", "UKH", "UKI", "UKJ", "UKK", "UKL", "UKM",
            "UKN", "UKE2", "UKI3", "UKD3", "TLI", "TLE", "LS", "YO", "M", "B", "BS", "NE", "SW1", "L", "CF", "G", "EH");

    private SyntheticSubscriptions() {
    }

    static List<Subscription> make(int count, List<NoticeClassified> notices, long seed) {
        Random random = new Random(seed);
        List<String> specialties = new ArrayList<>(vocabulary(notices, true));
        specialties.addAll(List.of("endoscopy", "imaging", "ophthalmology", "dermatology", "mental-health", "orthopaedics", "audiology"));
        List<String> words = new ArrayList<>(vocabulary(notices, false));
        List<String> buyers = notices.stream().map(n -> n.notice().buyer()).filter(b -> b != null && b.name() != null)
                .map(b -> b.name().split("\\s+")[0]).distinct().toList();
        List<Subscription> subscriptions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SubscriptionFilter filter = new SubscriptionFilter(
                    some(random, CATEGORIES, 0.7, 2),
                    some(random, specialties, 0.4, 3),
                    some(random, SIGNALS, 0.15, 2),
                    some(random, buyers, 0.05, 1),
                    some(random, REGIONS, 0.3, 3),
                    some(random, words, 0.35, 3),
                    some(random, STAGES, 0.2, 2),
                    random.nextDouble() < 0.1 ? BigDecimal.valueOf(10_000L * (1 + random.nextInt(500))) : null,
                    random.nextDouble() < 0.1 ? 0.5 + random.nextDouble() / 2 : null);
            subscriptions.add(new Subscription(i + 1, i + 1, ChannelType.EMAIL, null, "s" + i, filter, Cadence.INSTANT, 7, true, Instant.EPOCH));
        }
        return subscriptions;
    }

    private static List<String> some(Random random, List<String> from, double probability, int max) {
        if (from.isEmpty() || random.nextDouble() >= probability) {
            return List.of();
        }
        Set<String> picked = new TreeSet<>();
        int n = 1 + random.nextInt(max);
        while (picked.size() < Math.min(n, from.size())) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return List.copyOf(picked);
    }

    private static Set<String> vocabulary(List<NoticeClassified> notices, boolean specialties) {
        Set<String> vocabulary = new TreeSet<>();
        for (NoticeClassified n : notices) {
            if (specialties) {
                vocabulary.addAll(n.specialties());
                continue;
            }
            String[] tokens = (n.notice().title() == null ? "" : n.notice().title()).toLowerCase(Locale.ROOT).split("[^a-z]+");
            for (int t = 0; t < tokens.length; t++) {
                if (tokens[t].length() > 4) {
                    vocabulary.add(tokens[t]);
                    if (t + 1 < tokens.length && tokens[t + 1].length() > 3) {
                        vocabulary.add(tokens[t] + " " + tokens[t + 1]);
                    }
                }
            }
        }
        return vocabulary;
    }
}
