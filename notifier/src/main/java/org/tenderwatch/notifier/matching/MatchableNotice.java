package org.tenderwatch.notifier.matching;

import org.tenderwatch.notifier.subscriptions.Regions;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.NoticeValue;
import org.tenderwatch.events.Organisation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The parts of a classified notice that filters look at, normalised once per notice. */
public record MatchableNotice(
        String category,
        Set<String> specialties,
        Set<String> signals,
        String stage,
        Set<String> regionTerms,
        String buyerName,
        Set<String> buyerIdentifiers,
        String text,
        BigDecimal value,
        double confidence) {

    public static MatchableNotice of(NoticeClassified classified) {
        NoticeFetched notice = classified.notice();
        Set<String> regionTerms = new LinkedHashSet<>();
        notice.deliveryRegions().forEach(region -> regionTerms.addAll(Regions.noticeTerms(region)));
        Organisation buyer = notice.buyer();
        // A possibly relevant notice carries the classifier's best guess as its category but is not an alert: it
        // reaches only the subscriptions that ask for not_relevant notices too.
        Category category = classified.possiblyRelevant() ? Category.NOT_RELEVANT : classified.category();
        return new MatchableNotice(
                category.label(),
                lower(classified.specialties()),
                lower(classified.signals()),
                classified.stage().label(),
                regionTerms,
                buyer == null || buyer.name() == null ? "" : buyer.name(),
                buyer == null ? Set.of() : buyerIdentifiers(buyer),
                Stream.of(notice.title(), notice.description()).filter(Objects::nonNull)
                        .reduce((a, b) -> a + "\n" + b).orElse(""),
                value(notice),
                classified.confidence());
    }

    /** The notice's one figure, the one its alert shows ({@link NoticeValue}). Null when it gives none. */
    static BigDecimal value(NoticeFetched notice) {
        return notice.value() == null ? null : notice.value().amount();
    }

    private static Set<String> buyerIdentifiers(Organisation buyer) {
        Set<String> ids = new LinkedHashSet<>();
        if (buyer.id() != null) {
            ids.add(buyer.id().toLowerCase(Locale.ROOT));
        }
        if (buyer.identifierId() != null) {
            ids.add(buyer.identifierId().toLowerCase(Locale.ROOT));
            if (buyer.identifierScheme() != null) {
                ids.add((buyer.identifierScheme() + "-" + buyer.identifierId()).toLowerCase(Locale.ROOT));
            }
        }
        return ids;
    }

    private static Set<String> lower(Collection<String> values) {
        Set<String> lowered = new LinkedHashSet<>();
        values.forEach(value -> lowered.add(value.trim().toLowerCase(Locale.ROOT)));
        return lowered;
    }
}
