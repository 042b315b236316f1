package org.tenderwatch.notifier.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.metrics.NotifierMetrics;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Token buckets (Bucket4j) on what anonymous subscribe requests may cost: requests per client, and confirmation mails
 * per address. Kept in this instance's memory, bounded; one pending confirmation per address is enforced in the
 * database as well ({@code SubscriptionService}), which every instance shares.
 */
@Singleton
public class ConfirmationLimits {

    private final ConfirmationLimitsSettings config;
    private final NotifierMetrics metrics;
    private final Map<String, Bucket> clients;
    private final Map<String, Bucket> addresses;

    ConfirmationLimits(ConfirmationLimitsSettings config, NotifierMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.clients = bounded(config.tracked());
        this.addresses = bounded(config.tracked());
    }

    /** Takes one of the client's requests; when none is left, says how long until the next. */
    public void requireClientAllowance(String client) {
        ConsumptionProbe probe = bucket(clients, client, () -> bucket(config.perClient(), config.clientPeriod()))
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            metrics.requestRefused("rate-limited");
            throw new RateLimited(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Takes one of the address's confirmation mails; false when it has had its share. */
    public boolean takeAddressAllowance(String address) {
        boolean allowed = bucket(addresses, address.toLowerCase(Locale.ROOT), () -> bucket(config.perAddress(), config.addressPeriod()))
                .tryConsume(1);
        if (!allowed) {
            metrics.confirmationWithheld("address-limit");
        }
        return allowed;
    }

    private static Bucket bucket(int capacity, Duration period) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build();
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, Supplier<Bucket> fresh) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> fresh.get());
        }
    }

    private static Map<String, Bucket> bounded(int size) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > size;
            }
        };
    }

    /** Too many requests from one client: answered 429 with Retry-After. */
    public static final class RateLimited extends RuntimeException {
        private final Duration retryAfter;

        RateLimited(Duration retryAfter) {
            super("too many subscribe requests from this address; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
            this.retryAfter = retryAfter;
        }

        public long retryAfterSeconds() {
            return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        }
    }
}
