package org.tenderwatch.tracker.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tenderwatch.tracker.search.ProcurementRow;
import org.tenderwatch.tracker.web.Words;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/** One procurement per line; lists inside a cell are joined with "; ". */
final class CsvRows implements RowWriter {

    static final List<String> HEADER = List.of("ocid", "title", "buyer", "suppliers", "category", "possibly_relevant",
            "specialties", "signals", "stage", "value", "currency", "first_notice", "latest_notice", "source", "regions",
            "standstill_end", "notices", "page", "official_notice");

    private final CSVPrinter printer;
    private final String base;

    CsvRows(OutputStream out, String base) throws IOException {
        // A byte-order mark so that spreadsheets read the file as UTF-8 (pound signs, accents).
        out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
        this.base = base;
    }

    @Override
    public void begin() throws IOException {
        printer.printRecord(HEADER);
    }

    @Override
    public void row(ProcurementRow r) throws IOException {
        printer.printRecord(Stream.of(r.ocid(), text(r.title()), text(r.buyerName()), String.join("; ", r.supplierNames()),
                r.category(), String.valueOf(r.possiblyRelevant()), String.join("; ", r.specialties()),
                String.join("; ", r.signals()), Words.stage(r.lifecycle(), r.stage()),
                r.value() == null ? "" : r.value().toPlainString(), text(r.currency()), r.firstNotice().toString(),
                r.latestNotice().toString(), r.source(), String.join("; ", r.regions()),
                r.standstillEnd() == null ? "" : r.standstillEnd().toString(), String.valueOf(r.releaseCount()),
                base + org.tenderwatch.tracker.search.Listing.procurementLink(r.ocid()), text(Words.safeLink(r.noticeUrl())))
                .map(CsvCells::safe).toList());
    }

    @Override
    public void end() throws IOException {
        printer.flush();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
