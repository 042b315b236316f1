package org.tenderwatch.classifier.intake;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

import java.util.Map;

/**
 * One bounded budget of native memory for every RocksDB store of the process (Kafka Streams' documented recipe):
 * left alone, each store's block cache, memtables and index blocks grow outside the Java heap, unseen by -Xmx,
 * and push the service past its memory limit. The procurement state is small per OCID and read once per release,
 * so a small cache costs little: the changelog stays the truth.
 */
public class BoundedRocksDbMemory implements RocksDBConfigSetter {

    static final long TOTAL_BYTES = 16L * 1024 * 1024;
    static final long MEMTABLE_BYTES = 4L * 1024 * 1024;
    private static final int MEMTABLES = 2;

    /**
     * Shared by every store of the process, and never closed: stores come and go with rebalances. Made on first use,
     * when Kafka Streams has loaded RocksDB's native library (the setter's class is loaded earlier, with the config).
     */
    private static final class Shared {
        static final Cache CACHE = new LRUCache(TOTAL_BYTES, -1, false, 0.1);
        static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(MEMTABLE_BYTES * MEMTABLES, CACHE);
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
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
        // The cache and the write buffer manager are shared: closing them here would break the other stores.
    }
}
