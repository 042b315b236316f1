package org.tenderwatch.tracker.procurement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Reason;
import org.tenderwatch.events.RelatedNotice;
import org.tenderwatch.events.WorkingDays;
import org.tenderwatch.tracker.metrics.TrackerMetrics;
import org.tenderwatch.tracker.search.Listing;
import org.tenderwatch.tracker.web.InvalidParameter;
import org.tenderwatch.tracker.web.Pages;
import org.tenderwatch.tracker.web.Words;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The permalink of a procurement, by OCID: what it is, who buys and who won, the deadline that matters, the
 * classification and why, and its timeline of releases with the evidence of each and what each one changed.
 */
@Controller("/procurement")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProcurementPage {

    private static final int MAX_ID = 300;

    private final ProcurementReader reader;
    private final Pages pages;
    private final TrackerMetrics metrics;
    private final Clock clock;

    ProcurementPage(ProcurementReader reader, Pages pages, TrackerMetrics metrics, Clock clock) {
        this.clock = clock.withZone(Words.UK);
        this.reader = reader;
        this.pages = pages;
        this.metrics = metrics;
    }

    @Get(value = "/{ocid}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(@PathVariable String ocid) {
        long start = System.nanoTime();
        requireId("ocid", ocid);
        var found = reader.read(ocid);
        if (found.isEmpty()) {
            return pages.problem(HttpStatus.NOT_FOUND, "No such procurement",
                    "Tender Watch has no procurement with the OCID " + ocid + ". It may not have been published yet.");
        }
        HttpResponse<String> page = pages.render(HttpStatus.OK, Pages.Section.OTHER, "procurement",
                found.get().row().title() == null ? ocid : found.get().row().title(), model(found.get()));
        metrics.pageServed("procurement", Duration.ofNanos(System.nanoTime() - start));
        return page;
    }

    /** The release exactly as published, to download and check against its SHA-256. */
    @Get(value = "/{ocid}/release.json")
    HttpResponse<String> original(@PathVariable String ocid, @QueryValue("id") @Nullable String releaseId) {
        requireId("ocid", ocid);
        if (releaseId == null || releaseId.isBlank()) {
            throw new InvalidParameter("id", "give the release id, as listed on the procurement's page");
        }
        requireId("id", releaseId);
        var original = reader.original(ocid, releaseId);
        if (original.isEmpty()) {
            return HttpResponse.<String>status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN_TYPE)
                    .body("no release " + releaseId + " of " + ocid + "\n");
        }
        String file = (ocid + "_" + releaseId).replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
        return HttpResponse.ok(original.get().json()).contentType(MediaType.APPLICATION_JSON_TYPE + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("X-Content-SHA256", original.get().sha256())
                .header("X-Content-Type-Options", "nosniff");
    }

    private Map<String, Object> model(ProcurementReader.Whole whole) {
        var row = whole.row();
        Map<String, Object> m = new HashMap<>(Listing.of(row));
        List<StoredRelease> releases = whole.releases();
        NoticeClassified latest = releases.get(releases.size() - 1).notice();
        m.put("ocid", row.ocid());
        m.put("hasValue", row.value() != null);
        m.put("firstNotice", Words.day(row.firstNotice()));
        m.put("releaseCount", row.releaseCount() == 1 ? "1 notice" : row.releaseCount() + " notices");
        m.put("possiblyRelevant", row.possiblyRelevant());
        m.put("notRelevant", "not_relevant".equals(row.category()));
        m.put("specialties", row.specialties());
        m.put("signals", row.signals());
        m.put("regions", String.join(", ", row.regions()));
        m.put("confidence", String.format(Locale.UK, "%.0f%%", latest.confidence() * 100));
        m.put("reasons", latest.reasons().stream().map(Reason::explanation).toList());
        m.put("rulesVersion", latest.rulesVersion());
        m.put("supplierParties", whole.suppliers().stream().map(p -> Map.of("name", p.name(), "link", "/supplier/" + p.key(),
                "companiesHouse", p.companiesHouse() == null ? "" : p.companiesHouse())).toList());
        m.put("standstill", standstill(row.standstillEnd()));
        m.put("timeline", timeline(releases));
        m.put("classifications", whole.classifications().stream().map(c -> Map.of(
                "release", c.releaseId(), "rules", c.rulesVersion(), "category", Words.category(c.category())
                        + (c.possiblyRelevant() ? " (possibly relevant)" : ""),
                "confidence", String.format(Locale.UK, "%.0f%%", c.confidence() * 100), "when", Words.time(c.classifiedAt()))).toList());
        m.put("related", related(releases));
        m.put("hasRelated", !related(releases).isEmpty());
        m.put("hasSpecialties", !row.specialties().isEmpty());
        m.put("hasSignals", !row.signals().isEmpty());
        m.put("officialNotices", officialNotices(releases));
        m.put("truncated", row.releaseCount() > releases.size());
        m.put("shownReleases", releases.size());
        return m;
    }

    private @Nullable Map<String, Object> standstill(@Nullable LocalDate end) {
        if (end == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (end.isBefore(today)) {
            return Map.of("text", "The standstill period ended on " + Words.day(end) + ".", "open", false);
        }
        int left = WorkingDays.left(today, end);
        String days = left == 1 ? "1 working day" : left + " working days";
        return Map.of("text", days + " left to make representations: the standstill period ends on " + Words.day(end) + ".",
                "open", true);
    }

    private List<Map<String, Object>> timeline(List<StoredRelease> releases) {
        List<Map<String, Object>> entries = new ArrayList<>();
        NoticeFetched previous = null;
        for (StoredRelease stored : releases) {
            NoticeClassified classified = stored.notice();
            NoticeFetched n = classified.notice();
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("date", n.releaseDate() == null ? "Undated (fetched " + Words.day(n.fetchedAt()) + ")" : Words.time(n.releaseDate().toInstant()));
            e.put("isoDate", n.releaseDate() == null ? "" : n.releaseDate().toString());
            e.put("event", Words.stage(n.lifecycle() == null ? null : n.lifecycle().label(), classified.stage().label()));
            e.put("noticeType", n.noticeType() == null ? "" : n.noticeType());
            e.put("releaseId", n.releaseId());
            e.put("officialLink", Words.safeLink(n.noticeUrl()) == null ? "" : Words.safeLink(n.noticeUrl()));
            e.put("source", n.source());
            e.put("fetchedAt", Words.time(n.fetchedAt()));
            e.put("sha256", stored.sha256());
            e.put("download", "/procurement/" + enc(n.ocid()) + "/release.json?id=" + enc(n.releaseId()));
            e.put("classification", Words.category(classified.category().label()) + (classified.possiblyRelevant() ? " (possibly relevant)" : "")
                    + ", " + String.format(Locale.UK, "%.0f%%", classified.confidence() * 100) + " sure");
            e.put("classificationChanges", classified.changes());
            e.put("testNotice", n.testNotice());
            List<Map<String, Object>> changes = new ArrayList<>();
            if (previous != null) {
                for (ReleaseChanges.Change change : ReleaseChanges.between(previous, n)) {
                    changes.add(Map.of("what", change.what(), "before", change.before(), "after", change.after(),
                            "hasSegments", !change.segments().isEmpty(),
                            "segments", change.segments().stream().map(s -> Map.of("text", s.text(),
                                    "same", s.kind() == TextDiff.Kind.SAME, "removed", s.kind() == TextDiff.Kind.REMOVED,
                                    "added", s.kind() == TextDiff.Kind.ADDED)).toList()));
                }
                e.put("unchanged", changes.isEmpty());
            }
            e.put("changes", changes);
            e.put("hasChanges", !changes.isEmpty());
            entries.add(e);
            previous = n;
        }
        return entries;
    }

    private static List<Map<String, String>> related(List<StoredRelease> releases) {
        Map<String, Map<String, String>> unique = new LinkedHashMap<>();
        for (StoredRelease release : releases) {
            for (RelatedNotice r : release.notice().notice().related()) {
                String url = Words.safeLink(r.url());
                unique.putIfAbsent(r.source() + " " + r.reference(), Map.of("source", r.source(), "reference", r.reference(),
                        "link", url == null ? "" : url, "evidence", switch (r.evidence()) {
                            case "same-ocid" -> "same OCID";
                            case "referenced" -> "this notice quotes its reference";
                            case "same-buyer-title-date" -> "same buyer, title and date";
                            default -> r.evidence();
                        }));
            }
        }
        return new ArrayList<>(unique.values());
    }

    private static List<String> officialNotices(List<StoredRelease> releases) {
        Set<String> links = new LinkedHashSet<>();
        for (StoredRelease release : releases) {
            String url = Words.safeLink(release.notice().notice().noticeUrl());
            if (url != null) {
                links.add(url);
            }
        }
        return new ArrayList<>(links);
    }

    private static void requireId(String name, String value) {
        if (value.length() > MAX_ID || value.chars().anyMatch(c -> c < 0x20)) {
            throw new InvalidParameter(name, "not an identifier Tender Watch could hold");
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
