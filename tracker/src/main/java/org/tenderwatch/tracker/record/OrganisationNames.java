package org.tenderwatch.tracker.record;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.events.Organisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One key per organisation however a notice spells it: "The Acme Healthcare Ltd." and "ACME HEALTHCARE LIMITED" are
 * one supplier. The key is also the organisation's URL path, so it keeps to {@code [a-z0-9-]}.
 */
public final class OrganisationNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    // Company suffixes say nothing about which company it is; a trailing "uk" does (Acme UK Ltd is not Acme Ltd).
    private static final Pattern SUFFIX = Pattern.compile("( (limited|ltd|plc|llp|lp|cic|co|company|inc|incorporated))+$");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final int MAX_KEY = 120;

    private OrganisationNames() {
    }

    /** The key of a name, or null when the name has no letters or digits at all. */
    public static @Nullable String key(@Nullable String name) {
        if (name == null) {
            return null;
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKD);
        n = MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ");
        n = NOT_WORD.matcher(n).replaceAll(" ").trim();
        n = LEADING_THE.matcher(n).replaceFirst("");
        String withoutSuffix = SUFFIX.matcher(n).replaceFirst("");
        n = withoutSuffix.isBlank() ? n : withoutSuffix;
        if (n.isBlank()) {
            return null;
        }
        String key = n.replace(' ', '-');
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    /** The Companies House number when the notice gives the organisation's identifier in that scheme. */
    public static @Nullable String companiesHouseNumber(Organisation organisation) {
        if (organisation.identifierId() == null || organisation.identifierScheme() == null) {
            return null;
        }
        String id = organisation.identifierId().trim().toUpperCase(Locale.ROOT);
        return "GB-COH".equalsIgnoreCase(organisation.identifierScheme().trim()) && id.matches("[A-Z0-9]{6,8}") ? id : null;
    }

    /** A name as shown: line breaks and runs of spaces, common in published names, collapsed. */
    public static String display(String name) {
        return name.replaceAll("\\s+", " ").trim();
    }
}
