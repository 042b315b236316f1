package org.tenderwatch.classifier.procurement;

import org.tenderwatch.events.Award;
import org.tenderwatch.events.Organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The caps that keep a procurement's state small whatever its OCID receives. What arrives after a list is full is
 * left out of the state (the release itself is still judged with its own facts): the first releases of a
 * procurement, its tender above all, say what the service is; the thousandth amendment rarely does.
 */
final class Bounds {

    static final int TITLES = 5;
    static final int TITLE_CHARS = 1_000;
    static final int DESCRIPTIONS = 6;
    /** All descriptions together: the same as one release may carry (the ocds module's cap). */
    static final int DESCRIPTION_CHARS = 50_000;
    static final int ORGANISATIONS = 40;
    static final int NAME_CHARS = 500;
    static final int ROLES = 8;
    static final int AWARDS = 20;
    static final int CPV = 40;
    static final int SHORT_TEXTS = 5;
    static final int SHORT_TEXT_CHARS = 1_000;
    static final int REGIONS = 20;
    static final int RECENT_RELEASE_IDS = 20;

    private Bounds() {
    }

    static String cut(String text, int chars) {
        return text.length() <= chars ? text : text.substring(0, chars);
    }

    /** {@code known} plus {@code value} unless it is there already or the list is full. */
    static <T> List<T> withDistinct(List<T> known, T value, int max) {
        if (value == null || known.contains(value) || known.size() >= max) {
            return known;
        }
        List<T> more = new ArrayList<>(known);
        more.add(value);
        return more;
    }

    /** The last {@code max} values, {@code value} last. */
    static <T> List<T> withRecent(List<T> known, T value, int max) {
        List<T> more = new ArrayList<>(known);
        more.remove(value);
        more.add(value);
        return more.size() <= max ? more : more.subList(more.size() - max, more.size());
    }

    static Organisation organisation(Organisation organisation) {
        List<String> roles = organisation.roles().size() <= ROLES ? organisation.roles() : organisation.roles().subList(0, ROLES);
        return new Organisation(shortText(organisation.id()), organisation.name() == null ? null : cut(organisation.name(), NAME_CHARS),
                shortText(organisation.identifierScheme()), shortText(organisation.identifierId()), roles);
    }

    static Award award(Award award) {
        List<Organisation> suppliers = award.suppliers().stream().limit(ORGANISATIONS).map(Bounds::organisation).toList();
        return new Award(shortText(award.id()), shortText(award.status()), award.date(), award.value(), suppliers);
    }

    /** Two mentions of one organisation: the same name and register entry (party ids are only unique within a release). */
    static boolean sameOrganisation(Organisation a, Organisation b) {
        return Objects.equals(a.name(), b.name()) && Objects.equals(a.identifierScheme(), b.identifierScheme())
                && Objects.equals(a.identifierId(), b.identifierId());
    }

    private static String shortText(String text) {
        return text == null ? null : cut(text, NAME_CHARS);
    }
}
