package org.tenderwatch.tracker.export;

import io.micronaut.serde.ObjectMapper;
import org.tenderwatch.tracker.search.ProcurementRow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A JSON array written one object at a time. */
final class JsonRows implements RowWriter {

    private final OutputStream out;
    private final ObjectMapper json;
    private final String base;
    private boolean first = true;

    JsonRows(OutputStream out, ObjectMapper json, String base) {
        this.out = out;
        this.json = json;
        this.base = base;
    }

    @Override
    public void begin() throws IOException {
        out.write("[\n".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void row(ProcurementRow row) throws IOException {
        if (!first) {
            out.write(",\n".getBytes(StandardCharsets.UTF_8));
        }
        first = false;
        out.write(json.writeValueAsBytes(ExportedProcurement.of(row, base)));
    }

    @Override
    public void end() throws IOException {
        out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
