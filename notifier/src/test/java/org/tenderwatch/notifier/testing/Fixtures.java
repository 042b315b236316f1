package org.tenderwatch.notifier.testing;

import org.tenderwatch.events.Award;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Reason;
import org.tenderwatch.events.Stage;
import org.tenderwatch.ocds.ReleaseNormaliser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Classified notices made from real recorded releases in the shared data, normalised as the fetcher does. */
public final class Fixtures {

    public static final String ENDOSCOPY_INSOURCING = "reconstructed/ocds-h6vhtk-05a419.json";
    public static final String GI_PHYSIOLOGY_AWARD = "reconstructed/ocds-h6vhtk-04bda0.json";

    /** A Provider Selection Regime intention to award: outpatient insourcing at Royal Cornwall, representations by 18 March 2026. */
    public static final String OUTPATIENT_INTENTION = "reconstructed/ocds-h6vhtk-06637b.json";
    /**
     * Three releases of one procurement published within half an hour on Contracts Finder (a prison wing refurbishment):
     * the award, then two updates of it 27 and 31 minutes later.
     */
    public static final List<String> NORWICH_WING = List.of(
            "contracts-finder/ocds-b5fd17-b9541ef8-1235-4765-b44f-d21ae154d761__cbe8c5c5-929b-4fe1-9dc2-87125e4ad652-582257.json",
            "contracts-finder/ocds-b5fd17-b9541ef8-1235-4765-b44f-d21ae154d761__cbe8c5c5-929b-4fe1-9dc2-87125e4ad652-582272.json",
            "contracts-finder/ocds-b5fd17-b9541ef8-1235-4765-b44f-d21ae154d761__cbe8c5c5-929b-4fe1-9dc2-87125e4ad652-582276.json");

    public static final String SOFT_FM = "contracts-finder/ocds-b5fd17-11e623d7-8775-43dd-b7eb-c192eee95179__dbd44b7a-8af7-40d6-86bd-664031f94a04-582350.json";

    private Fixtures() {
    }

    public static NoticeFetched release(String relativePath) {
        return release(relativePath, "replay");
    }

    /** A recorded release as the fetcher of {@code source} (find-a-tender, contracts-finder…) publishes it. */
    public static NoticeFetched release(String relativePath, String source) {
        Path file = Path.of(System.getProperty("tenderwatch.shared.data"), "labelled", "releases", relativePath);
        try {
            return new ReleaseNormaliser().normalise(source, Files.readString(file)).notice();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot normalise " + file, e);
        }
    }

    /** The endoscopy insourcing tender at York and Scarborough, classified as the labels say. */
    public static NoticeClassified endoscopyInsourcing() {
        return classified(release(ENDOSCOPY_INSOURCING), Category.CLINICAL_INSOURCING, List.of("endoscopy"),
                List.of("health-buyer", "psr", "evenings-weekends"), Stage.TENDER, 0.91,
                List.of(new Reason("insourcing-title", "title", "Insourced", 6, "title contains 'Insourced'"),
                        new Reason("psr-competitive", "description", "Provider Selection Regime", 2,
                                "awarded under the Provider Selection Regime"),
                        new Reason("nhs-buyer", "buyer", "York and Scarborough Teaching Hospital NHS Foundation Trust", 1,
                                "buyer is an NHS trust")));
    }

    /** The GI physiology insourcing award at Gloucestershire, classified as the labels say. */
    public static NoticeClassified giPhysiologyAward() {
        return classified(release(GI_PHYSIOLOGY_AWARD), Category.CLINICAL_INSOURCING, List.of("gastroenterology"),
                List.of("health-buyer", "psr", "psr-competitive", "private-winner"), Stage.AWARD, 0.84,
                List.of(new Reason("insourcing-title", "title", "Insourcing", 6, "title contains 'Insourcing'")));
    }

    /** An NHS trust's soft facilities management tender from Contracts Finder, as published (it has a release date). */
    public static NoticeClassified softFacilitiesManagement() {
        return classified(release(SOFT_FM), Category.NONCLINICAL_OUTSOURCING, List.of("fm-estates"), List.of("health-buyer"),
                Stage.TENDER, 0.77, List.of(new Reason("fm-cpv", "cpv", "79993100", 3, "CPV 79993100 building and facilities management")));
    }

    /** The Norwich wing releases, classified as the labels say (not relevant: it is a prison, not the NHS). */
    public static List<NoticeClassified> norwichWing() {
        return NORWICH_WING.stream().map(path -> classified(release(path), Category.NOT_RELEVANT, List.of(), List.of(),
                Stage.fromTags(release(path).tags()), 0.9, List.of(new Reason("no-health-context", "buyer", "HMPPS", 0,
                        "no health buyer or service")))).toList();
    }

    /**
     * The first {@code count} Contracts Finder releases the labels call not relevant, one per procurement, classified so:
     * the ordinary traffic of a portal, as a backfill brings it in bulk.
     */
    public static List<NoticeClassified> notRelevantReleases(int count) {
        Path labels = Path.of(System.getProperty("tenderwatch.shared.data"), "labelled", "labels.csv");
        try (var lines = Files.lines(labels)) {
            java.util.Set<String> procurements = new java.util.HashSet<>();
            return lines.filter(line -> line.startsWith("releases/contracts-finder/") && line.contains(",not_relevant,"))
                    .map(line -> line.substring("releases/".length(), line.indexOf(',')))
                    .map(Fixtures::release)
                    .filter(notice -> procurements.add(notice.ocid()))
                    .limit(count)
                    .map(notice -> classified(notice, Category.NOT_RELEVANT, List.of(), List.of(), Stage.fromTags(notice.tags()), 0.9,
                            List.of(new Reason("no-health-context", "buyer", "", 0, "no health buyer or service"))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NoticeClassified classified(NoticeFetched notice, Category category, List<String> specialties,
                                              List<String> signals, Stage stage, double confidence, List<Reason> reasons) {
        return new NoticeClassified(notice, category, specialties, signals, stage, confidence, reasons, "test",
                Instant.parse("2026-04-10T10:55:01Z"));
    }

    /** The same notice under another release id, as a later release of the same procurement would be. */
    public static NoticeClassified laterRelease(NoticeClassified earlier, String releaseId, Stage stage, List<Award> awards,
                                                String title) {
        NoticeFetched n = earlier.notice();
        NoticeFetched later = new NoticeFetched(n.source(), n.ocid(), releaseId, n.releaseDate(), List.of(stage.label()),
                n.noticeType(), title, n.description(), n.buyer(), n.parties(), awards, n.cpv(), n.tenderValue(),
                n.procurementMethod(), n.procurementMethodDetails(), n.mainProcurementCategory(), n.framework(),
                n.dynamicPurchasingSystem(), n.tenderDeadline(), n.deliveryRegions(), n.noticeUrl(), n.release(), n.fetchedAt());
        return new NoticeClassified(later, earlier.category(), earlier.specialties(), earlier.signals(), stage,
                earlier.confidence(), earlier.reasons(), earlier.rulesVersion(), earlier.classifiedAt());
    }

    /** The notice as a release of its own with this title, no description and no regions, its buyer unchanged. */
    public static NoticeClassified titled(NoticeClassified c, String releaseId, String title) {
        return withText(c, releaseId, title, "", c.notice().buyer().name(), List.of());
    }

    /** The notice with other text and regions: for hostile-input and region tests. */
    public static NoticeClassified withText(NoticeClassified c, String releaseId, String title, String description,
                                            String buyerName, List<String> regions) {
        NoticeFetched n = c.notice();
        var buyer = n.buyer() == null ? null : new org.tenderwatch.events.Organisation(n.buyer().id(), buyerName,
                n.buyer().identifierScheme(), n.buyer().identifierId(), n.buyer().roles());
        NoticeFetched changed = new NoticeFetched(n.source(), n.ocid() + "-" + releaseId, releaseId, n.releaseDate(), n.tags(),
                n.noticeType(), title, description, buyer, n.parties(), n.awards(), n.cpv(), n.tenderValue(),
                n.procurementMethod(), n.procurementMethodDetails(), n.mainProcurementCategory(), n.framework(),
                n.dynamicPurchasingSystem(), n.tenderDeadline(), regions, n.noticeUrl(), n.release(), n.fetchedAt());
        return new NoticeClassified(changed, c.category(), c.specialties(), c.signals(), c.stage(), c.confidence(),
                c.reasons(), c.rulesVersion(), c.classifiedAt());
    }
}
