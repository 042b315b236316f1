package org.tenderwatch.tracker.export;

import org.tenderwatch.tracker.search.ProcurementRow;

import java.io.IOException;

/** Writes rows of one export format to a stream, one at a time, so that memory does not grow with the rows. */
interface RowWriter {

    void begin() throws IOException;

    void row(ProcurementRow row) throws IOException;

    void end() throws IOException;
}
