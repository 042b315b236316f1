package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns one OCDS release into a {@link NoticeFetched}. Everything absent from the release stays absent; what is
 * odd is repaired where that is safe, otherwise left out, and reported as an anomaly either way.
 */
public final class ReleaseNormaliser {

    private final Clock clock;

    public ReleaseNormaliser(Clock clock) {
        this.clock = clock;
    }

    public ReleaseNormaliser() {
        this(Clock.systemUTC());
    }

    /** Reads a single release (or a package holding one) from JSON text. */
    public Normalised normalise(String source, String releaseJson) throws InvalidOcdsException {
        ReleasePage page = ReleasePage.parse(releaseJson);
        if (page.releases().size() != 1) {
            throw new InvalidOcdsException("expected one release, found " + page.releases().size());
        }
        return normalise(source, page.releases().get(0));
    }

    /**
     * The identity the release is published under (its id, or for a release without one the identity derived from it),
     * without normalising it: what was published already can be passed over cheaply. Null when it has none.
     */
    public static String releaseId(RawRelease raw) {
        return ReleaseIdentity.of(raw);
    }

    public Normalised normalise(String source, RawRelease raw) throws InvalidOcdsException {
        if (raw.ocid() == null) {
            throw new InvalidOcdsException("release has no ocid" + (raw.id() == null ? "" : " (id " + raw.id() + ")"));
        }
        String releaseId = ReleaseIdentity.of(raw);
        if (releaseId == null) {
            throw new InvalidOcdsException("release of " + raw.ocid() + " has no id, and no date or tag to name it by");
        }
        if (StorableText.unstorable(raw.ocid()) || StorableText.unstorable(releaseId)) {
            // An identity is not altered: two releases would then be taken for one.
            throw new InvalidOcdsException("release " + StorableText.escaped(releaseId) + " of " + StorableText.escaped(raw.ocid())
                    + ": its ocid or id holds NUL, a control character or half a surrogate pair");
        }
        List<String> anomalies = new ArrayList<>();
        raw = storable(raw, anomalies);
        JsonNode release = raw.json();
        JsonNode tender = release.get("tender");
        Parties parties = new Parties(release);
        NoticeDocuments documents = new NoticeDocuments(release, releaseId);
        String methodDetails = Nodes.text(tender, "procurementMethodDetails");
        OffsetDateTime releaseDate = Nodes.dateTime(release, "date", anomalies::add);
        List<String> tags = Nodes.strings(release, "tag");
        String noticeType = documents.noticeType();
        String title = Texts.title(release, anomalies::add);
        String description = Texts.description(release, anomalies::add);
        Organisation buyer = parties.buyer(release);
        String wording = (title == null ? "" : title) + "\n" + (description == null ? "" : description);
        String portal = Sources.REPLAY.equals(source) ? Sources.fromOcid(raw.ocid()) : source;
        String noticeUrl = documents.noticeUrl(portal);
        NoticeFetched notice = new NoticeFetched(
                source,
                raw.ocid(),
                releaseId,
                releaseDate,
                tags,
                noticeType,
                title,
                description,
                buyer,
                parties.all(),
                parties.awards(release, anomalies::add),
                Classifications.cpv(release),
                MoneyValues.money(tender == null ? null : tender.get("value"), "tender.value", anomalies::add),
                Nodes.text(tender, "procurementMethod"),
                methodDetails,
                Nodes.text(tender, "mainProcurementCategory"),
                usesTechnique(tender, "hasFrameworkAgreement", methodDetails, "framework"),
                usesTechnique(tender, "hasDynamicPurchasingSystem", methodDetails, "dynamic purchasing"),
                Nodes.dateTime(tender == null ? null : tender.get("tenderPeriod"), "endDate", anomalies::add),
                DeliveryRegions.of(tender),
                noticeUrl,
                raw.text(),
                clock.instant(),
                LifecycleEvents.of(noticeType, tags, release, wording),
                Regimes.of(tender, wording),
                StandstillDeadline.of(release, wording, tags.contains("compiled") ? null : releaseDate, anomalies::add),
                parties.tenderers(release),
                TestNotices.isTest(title, Nodes.text(tender, "description"), buyer == null ? null : buyer.name()),
                RelatedNotices.of(source, raw.ocid(), release, documents.all(), noticeUrl, wording));
        return new Normalised(notice, List.copyOf(anomalies));
    }

    /** The release, or a copy whose text values hold only what a database and any JSON reader can store. */
    private static RawRelease storable(RawRelease raw, List<String> anomalies) throws InvalidOcdsException {
        List<String> changed = new ArrayList<>();
        JsonNode cleaned = StorableText.cleanedTree(raw.json(), changed);
        if (cleaned == null) {
            return raw;
        }
        String where = changed.size() <= 5 ? String.join(", ", changed)
                : String.join(", ", changed.subList(0, 5)) + " and " + (changed.size() - 5) + " more";
        anomalies.add("NUL, control characters or unpaired surrogates removed from " + where
                + "; the release travels as re-written from its cleaned form");
        return new RawRelease(raw.ocid(), raw.id(), cleaned, OcdsJson.write(cleaned));
    }

    private static boolean usesTechnique(JsonNode tender, String technique, String methodDetails, String phrase) {
        JsonNode techniques = tender == null ? null : tender.get("techniques");
        return Nodes.flag(techniques, technique)
                || (methodDetails != null && methodDetails.toLowerCase(Locale.ROOT).contains(phrase));
    }
}
