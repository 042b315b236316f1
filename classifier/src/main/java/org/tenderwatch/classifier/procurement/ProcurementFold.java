package org.tenderwatch.classifier.procurement;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.Cpv;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Folds a procurement's releases into what is known of it ({@link #fold}), and shows a release to the rules together
 * with that knowledge ({@link #view}). Pure: no clock, no I/O, the same input gives the same state, and a release
 * folded twice changes nothing the second time, so a release delivered again (at-least-once) is harmless.
 */
public final class ProcurementFold {

    private ProcurementFold() {
    }

    /** What is known once {@code release} is added to {@code known} (null: nothing yet). */
    public static ProcurementState fold(@Nullable ProcurementState known, NoticeFetched release) {
        ProcurementState k = known != null ? known : empty(release.ocid());
        boolean seen = k.recentReleaseIds().contains(release.releaseId());
        boolean newest = isNewest(k, release);
        List<String> titles = blank(release.title()) ? k.titles()
                : Bounds.withDistinct(k.titles(), Bounds.cut(release.title().strip(), Bounds.TITLE_CHARS), Bounds.TITLES);
        List<String> details = blank(release.procurementMethodDetails()) ? k.procurementMethodDetails()
                : Bounds.withDistinct(k.procurementMethodDetails(),
                        Bounds.cut(release.procurementMethodDetails().strip(), Bounds.SHORT_TEXT_CHARS), Bounds.SHORT_TEXTS);
        List<String> regions = k.deliveryRegions();
        for (String region : release.deliveryRegions()) {
            regions = Bounds.withDistinct(regions, Bounds.cut(region, Bounds.SHORT_TEXT_CHARS), Bounds.REGIONS);
        }
        List<Cpv> cpv = k.cpv();
        for (Cpv code : release.cpv()) {
            cpv = withCode(cpv, code);
        }
        return new ProcurementState(
                k.ocid(),
                seen ? k.releases() : k.releases() + 1,
                Bounds.withRecent(k.recentReleaseIds(), release.releaseId(), Bounds.RECENT_RELEASE_IDS),
                newest && release.releaseDate() != null ? release.releaseDate() : k.latestReleaseDate(),
                titles,
                Descriptions.with(k.descriptions(), release.description()),
                pick(newest, release.buyer() == null ? null : Bounds.organisation(release.buyer()), k.buyer()),
                organisations(k.parties(), release.parties()),
                awards(k.awards(), release.awards(), newest),
                cpv,
                pick(newest, release.tenderValue(), k.tenderValue()),
                pick(newest, shortText(release.procurementMethod()), k.procurementMethod()),
                details,
                pick(newest, shortText(release.mainProcurementCategory()), k.mainProcurementCategory()),
                k.framework() || release.framework(),
                k.dynamicPurchasingSystem() || release.dynamicPurchasingSystem(),
                pick(newest, release.tenderDeadline(), k.tenderDeadline()),
                regions,
                pick(newest, shortText(release.regime()), k.regime()),
                organisations(k.tenderers(), release.tenderers()),
                release.lifecycle() == null ? k.lifecycle() : Bounds.withDistinct(k.lifecycle(), release.lifecycle(), Integer.MAX_VALUE),
                k.judgement());
    }

    /**
     * The release as the rules should see it: its own facts first, completed with what earlier releases said (titles,
     * descriptions, parties, awards, CPV codes, values, method). What belongs to the release alone stays its own: id,
     * date, tags (so its stage), notice type, lifecycle event, standstill, links, the published JSON.
     */
    public static NoticeFetched view(ProcurementState known, NoticeFetched release) {
        return new NoticeFetched(release.source(), release.ocid(), release.releaseId(), release.releaseDate(),
                release.tags(), release.noticeType(),
                joined(own(release.title()), known.titles(), " | "),
                joined(own(release.description()), known.descriptions(), "\n\n"),
                release.buyer() != null ? release.buyer() : known.buyer(),
                union(release.parties(), known.parties(), Bounds::sameOrganisation),
                union(release.awards(), known.awards(), ProcurementFold::sameAward),
                union(release.cpv(), known.cpv(), (a, b) -> a.code().equals(b.code())),
                release.tenderValue() != null ? release.tenderValue() : known.tenderValue(),
                release.procurementMethod() != null ? release.procurementMethod() : known.procurementMethod(),
                joined(own(release.procurementMethodDetails()), known.procurementMethodDetails(), "; "),
                release.mainProcurementCategory() != null ? release.mainProcurementCategory() : known.mainProcurementCategory(),
                release.framework() || known.framework(),
                release.dynamicPurchasingSystem() || known.dynamicPurchasingSystem(),
                release.tenderDeadline() != null ? release.tenderDeadline() : known.tenderDeadline(),
                union(release.deliveryRegions(), known.deliveryRegions(), String::equals),
                release.noticeUrl(), release.release(), release.fetchedAt(), release.lifecycle(),
                release.regime() != null ? release.regime() : known.regime(),
                release.standstillEnd(),
                union(release.tenderers(), known.tenderers(), Bounds::sameOrganisation),
                release.testNotice(), release.related());
    }

    /** Whether {@code release} is not older than any release folded into {@code known}; undated releases count as new. */
    static boolean isNewest(ProcurementState known, NoticeFetched release) {
        return known.latestReleaseDate() == null || release.releaseDate() == null
                || !release.releaseDate().isBefore(known.latestReleaseDate());
    }

    private static ProcurementState empty(String ocid) {
        return new ProcurementState(ocid, 0, List.of(), null, List.of(), List.of(), null, List.of(), List.of(),
                List.of(), null, null, List.of(), null, false, false, null, List.of(), null, List.of(), List.of(), null);
    }

    /** A newer release's value replaces the known one; an older one only fills a gap. */
    private static <T> T pick(boolean newest, @Nullable T fromRelease, @Nullable T known) {
        return fromRelease != null && (newest || known == null) ? fromRelease : known;
    }

    private static List<Organisation> organisations(List<Organisation> known, List<Organisation> more) {
        List<Organisation> all = new ArrayList<>(known);
        for (Organisation party : more) {
            Organisation bounded = Bounds.organisation(party);
            int at = indexOf(all, bounded, Bounds::sameOrganisation);
            if (at >= 0) {
                Set<String> roles = new LinkedHashSet<>(all.get(at).roles());
                roles.addAll(bounded.roles());
                Organisation merged = all.get(at);
                all.set(at, new Organisation(merged.id(), merged.name(), merged.identifierScheme(), merged.identifierId(),
                        roles.stream().limit(Bounds.ROLES).toList()));
            } else if (all.size() < Bounds.ORGANISATIONS) {
                all.add(bounded);
            }
        }
        return all;
    }

    private static List<Award> awards(List<Award> known, List<Award> more, boolean newest) {
        List<Award> all = new ArrayList<>(known);
        for (Award award : more) {
            Award bounded = Bounds.award(award);
            int at = indexOf(all, bounded, ProcurementFold::sameAward);
            if (at >= 0) {
                if (newest) {
                    all.set(at, bounded);
                }
            } else if (all.size() < Bounds.AWARDS) {
                all.add(bounded);
            }
        }
        return all;
    }

    /** One award told twice: the same id, or (without ids) the same suppliers. */
    private static boolean sameAward(Award a, Award b) {
        if (a.id() != null || b.id() != null) {
            return Objects.equals(a.id(), b.id());
        }
        return a.suppliers().equals(b.suppliers());
    }

    /** A code known as additional becomes main when a release says so; otherwise the first mention stands. */
    private static List<Cpv> withCode(List<Cpv> known, Cpv code) {
        int at = indexOf(known, code, (a, b) -> a.code().equals(b.code()));
        if (at >= 0) {
            if (code.main() && !known.get(at).main()) {
                List<Cpv> upgraded = new ArrayList<>(known);
                upgraded.set(at, code);
                return upgraded;
            }
            return known;
        }
        Cpv bounded = new Cpv(Bounds.cut(code.code(), 20), code.description() == null ? null
                : Bounds.cut(code.description(), Bounds.SHORT_TEXT_CHARS), code.main());
        return Bounds.withDistinct(known, bounded, Bounds.CPV);
    }

    private static <T> int indexOf(List<T> list, T value, BiPredicate<T, T> same) {
        for (int i = 0; i < list.size(); i++) {
            if (same.test(list.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> List<T> union(List<T> own, List<T> known, BiPredicate<T, T> same) {
        List<T> all = new ArrayList<>(own);
        for (T value : known) {
            if (indexOf(all, value, same) < 0) {
                all.add(value);
            }
        }
        return all;
    }

    /** The release's own text first, then the known texts it does not already contain; null when there is none. */
    private static String joined(@Nullable String own, List<String> known, String separator) {
        StringBuilder text = new StringBuilder(own == null ? "" : own);
        for (String other : known) {
            if (!text.toString().contains(other)) {
                if (!text.isEmpty()) {
                    text.append(separator);
                }
                text.append(other);
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static String own(@Nullable String text) {
        return blank(text) ? null : text.strip();
    }

    private static String shortText(@Nullable String text) {
        return text == null ? null : Bounds.cut(text, Bounds.SHORT_TEXT_CHARS);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
