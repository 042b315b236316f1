package org.tenderwatch.classifier.intake;

import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedRocksDbMemoryTest {

    @Test
    void everyStoreGetsSmallMemtablesAndKeepsItsIndexesInTheSharedCache() {
        RocksDB.loadLibrary();
        BoundedRocksDbMemory setter = new BoundedRocksDbMemory();
        for (String store : new String[] {"procurements", "another-store"}) {
            try (Options options = new Options()) {
                options.setTableFormatConfig(new BlockBasedTableConfig());

                setter.setConfig(store, options, Map.of());

                assertThat(options.writeBufferSize()).isEqualTo(BoundedRocksDbMemory.MEMTABLE_BYTES);
                assertThat(options.maxWriteBufferNumber()).isEqualTo(2);
                BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
                assertThat(table.cacheIndexAndFilterBlocks()).as("index and filter blocks count against the budget").isTrue();
                setter.close(store, options);
            }
        }
    }
}
