package org.tenderwatch.classifier.intake;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

import java.util.Map;

/**
 * One bounded budget of native memory for every RocksDB store of the process (Kafka Streams' documented recipe):
 * left alone, each store's block cache, memtables and index blocks grow outside the Java heap, unseen by -Xmx,
 * and push the service past its memory limit. The procurement state is small per OCID and read once per release,
 * so a small cache costs little: the changelog stays the truth.
 *
 * <p>The memtables are charged to the cache (the write buffer manager), so {@link #TOTAL_BYTES} bounds both.
 */
public class BoundedRocksDbMemory implements RocksDBConfigSetter {

    static final long TOTAL_BYTES = 16L * 1024 * 1024;
    static final long MEMTABLE_BYTES = 4L * 1024 * 1024;
    private static final int MEMTABLES = 2;

    /**
     * Shared by every store of the process and never closed: stores are closed and opened again with every
     * rebalance and every replaced stream thread, and a store opened later must find the cache alive. The JVM frees
     * them at exit. Made on first use, after RocksDB's native library is loaded.
     */
    private static final class Shared {
        static {
            RocksDB.loadLibrary();
        }

        static final Cache CACHE = new LRUCache(TOTAL_BYTES, -1, false, 0.1);
        static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(MEMTABLE_BYTES * MEMTABLES, CACHE);
    }

    /** Bytes held in the shared cache: data, index and filter blocks, and the memtables charged to it. */
    static long usedBytes() {
        return Shared.CACHE.getUsage();
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        // Kafka Streams' own table config, which reports the cache it is given to its metrics recorder.
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(Shared.CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(Shared.WRITE_BUFFERS);
        options.setWriteBufferSize(MEMTABLE_BYTES);
        options.setMaxWriteBufferNumber(MEMTABLES);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // Nothing of this store's own to close. Closing the shared cache or write buffer manager here would free
        // them under every other open store, and under the next store to open.
    }
}
