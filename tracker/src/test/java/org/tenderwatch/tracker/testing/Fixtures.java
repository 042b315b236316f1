package org.tenderwatch.tracker.testing;

import org.tenderwatch.events.Award;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Lifecycle;
import org.tenderwatch.events.Money;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;
import org.tenderwatch.events.Reason;
import org.tenderwatch.events.Stage;
import org.tenderwatch.ocds.ReleaseNormaliser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classified notices made from the real recorded releases in the shared data, normalised as the fetcher does and
 * classified as {@code labels.csv} says (the reasons name the label, as no rules ran).
 */
public final class Fixtures {

    /** Bradford's funeral services tender and, four seconds later, its amendment: one procurement, two releases. */
    public static final String FUNERAL_TENDER = "contracts-finder/ocds-b5fd17-bf2c3020-25c8-41a1-96a7-b03071fbe585__d7358b8d-04aa-43ed-8b48-f0266e626778-583127.json";
    public static final String FUNERAL_AMENDMENT = "contracts-finder/ocds-b5fd17-bf2c3020-25c8-41a1-96a7-b03071fbe585__d7358b8d-04aa-43ed-8b48-f0266e626778-583128.json";
    public static final String ENDOSCOPY_INSOURCING = "reconstructed/ocds-h6vhtk-05a419.json";
    public static final String GI_PHYSIOLOGY_AWARD = "reconstructed/ocds-h6vhtk-04bda0.json";
    public static final String SOFT_FM = "contracts-finder/ocds-b5fd17-11e623d7-8775-43dd-b7eb-c192eee95179__dbd44b7a-8af7-40d6-86bd-664031f94a04-582350.json";

    private static final Path RELEASES = Path.of(System.getProperty("tenderwatch.shared.data", "../shared/data"), "labelled", "releases");
    private static Map<String, String[]> labels;

    private Fixtures() {
    }

    public static Path releases() {
        return RELEASES;
    }

    public static NoticeFetched release(String relativePath) {
        try {
            return new ReleaseNormaliser().normalise("replay", Files.readString(RELEASES.resolve(relativePath))).notice();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot normalise " + relativePath, e);
        }
    }

    /** The release classified as its label says. */
    public static NoticeClassified labelled(String relativePath) {
        return labelled(release(relativePath), relativePath);
    }

    public static NoticeClassified labelled(NoticeFetched notice, String relativePath) {
        String[] label = labels().get("releases/" + relativePath);
        if (label == null) {
            throw new IllegalArgumentException("no label for " + relativePath);
        }
        Category category = Category.fromLabel(label[0]);
        List<String> specialties = label[1].isBlank() ? List.of() : Arrays.stream(label[1].split(";")).map(String::trim).toList();
        List<String> signals = category.relevant() ? List.of("health-buyer") : List.of();
        return new NoticeClassified(notice, category, specialties, signals, Stage.fromTags(notice.tags()),
                category.relevant() ? 0.9 : 0.2,
                List.of(new Reason("label", "title", notice.title(), 5, "labelled " + category.label() + " in the shared data")),
                "test", Instant.parse("2026-04-10T10:55:01Z"));
    }

    /** Every labelled release of the shared data, relative path first. */
    public static Map<String, String[]> labels() {
        if (labels == null) {
            Map<String, String[]> read = new LinkedHashMap<>();
            try {
                List<String> lines = Files.readAllLines(RELEASES.getParent().resolve("labels.csv"));
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split(",", 4);
                    read.put(cells[0], new String[]{cells[1], cells.length > 2 ? cells[2] : ""});
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            labels = read;
        }
        return labels;
    }

    /** The notice with what a later release of the procurement would add: its lifecycle, an award, a standstill. */
    public static NoticeClassified awarded(NoticeClassified earlier, String releaseId, Instant date, String supplier,
                                           String companyNumber, BigDecimal amount, LocalDate standstillEnd) {
        NoticeFetched n = earlier.notice();
        Organisation winner = new Organisation("s1", supplier, "GB-COH", companyNumber, List.of("supplier"));
        Award award = new Award("a1", "pending", date.atOffset(java.time.ZoneOffset.UTC), new Money(amount, "GBP"), List.of(winner));
        NoticeFetched later = new NoticeFetched(n.source(), n.ocid(), releaseId, date.atOffset(java.time.ZoneOffset.UTC),
                List.of("award"), "UK6", n.title(), n.description() + "\n\nAwarded under the Provider Selection Regime.",
                n.buyer(), n.parties(), List.of(award), n.cpv(), n.tenderValue(), n.procurementMethod(),
                n.procurementMethodDetails(), n.mainProcurementCategory(), n.framework(), n.dynamicPurchasingSystem(),
                n.tenderDeadline(), n.deliveryRegions(), n.noticeUrl(), n.release().replace("\"tender\"", "\"award\""),
                date.plusSeconds(60), Lifecycle.PROVIDER_SELECTED, null, standstillEnd, List.of(), false, List.of());
        return new NoticeClassified(later, earlier.category(), earlier.specialties(),
                List.of("health-buyer", "private-winner"), Stage.AWARD, earlier.confidence(), earlier.reasons(),
                earlier.rulesVersion(), earlier.classifiedAt().plusSeconds(3600), false, earlier.category(), List.of());
    }
}
