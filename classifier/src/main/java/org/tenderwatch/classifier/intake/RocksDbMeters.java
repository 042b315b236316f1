package org.tenderwatch.classifier.intake;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * RocksDB's memory on /prometheus, read from the shared cache that outlives every store, never from a store.
 *
 * <p>Kafka Streams 3.9 computes its per-store RocksDB gauges (KIP-607: {@code block-cache-usage},
 * {@code size-all-mem-tables}, …) by calling into the store's native handle ({@code getAggregatedLongProperty},
 * {@code getLongProperty}) with no guard against the store being closed at that moment by its stream thread (a
 * rebalance, a replaced thread): a scrape that reads one while the store closes reads freed native memory, and the
 * JVM dies of a SIGSEGV (KAFKA-10025, open). So those gauges are kept off the registry and nothing reads them.
 */
@Factory
class RocksDbMeters {

    /** Prefix of the meters micronaut-kafka-streams makes of Kafka Streams' metrics. */
    private static final String STREAMS_PREFIX = "kafka-streams.";

    /** Kafka Streams' RocksDB property-based metrics (KIP-607), each read from a store's native handle. */
    static final Set<String> READ_FROM_A_STORE = Set.of(
            "num-immutable-mem-table", "cur-size-active-mem-table", "cur-size-all-mem-tables", "size-all-mem-tables",
            "num-entries-active-mem-table", "num-entries-imm-mem-tables", "num-deletes-active-mem-table",
            "num-deletes-imm-mem-tables", "mem-table-flush-pending", "num-running-flushes", "compaction-pending",
            "num-running-compactions", "estimate-pending-compaction-bytes", "total-sst-files-size",
            "live-sst-files-size", "num-live-versions", "block-cache-capacity", "block-cache-usage",
            "block-cache-pinned-usage", "estimate-num-keys", "estimate-table-readers-mem", "background-errors");

    @Singleton
    MeterFilter noGaugesThatReadAStore() {
        return MeterFilter.deny(id -> id.getName().startsWith(STREAMS_PREFIX)
                && READ_FROM_A_STORE.contains(id.getName().substring(STREAMS_PREFIX.length())));
    }

    @Context
    Gauge rocksDbMemory(MeterRegistry meters) {
        return Gauge.builder("tenderwatch.classifier.rocksdb.memory.used", BoundedRocksDbMemory::usedBytes)
                .description("bytes in RocksDB's shared cache (blocks and memtables) of every procurement store")
                .baseUnit("bytes").register(meters);
    }
}
