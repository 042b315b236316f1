package org.tenderwatch.ocds;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names a notice puts where a supplier's name should be when it does not publish it ("Withheld", "Redacted",
 * "N/A"): never a provider, so never shown or matched as one.
 */
final class WithheldSuppliers {

    private static final Pattern SAYS_WITHHELD = Pattern.compile(
            "\\b(?:withheld|redacted|undisclosed|not (?:being )?disclosed|not published|commercially sensitive"
                    + "|name not (?:provided|given|known))\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PLACEHOLDERS = Set.of("confidential", "n/a", "na", "tbc", "tbd", "unknown",
            "not applicable", "not known", "none", "various", "supplier", "supplier name", "-", "--", "xxx", ".");

    private WithheldSuppliers() {
    }

    static boolean isPlaceholder(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String plain = name.strip().toLowerCase(Locale.ROOT).replaceAll("^[\\[(]+|[\\])]+$", "").strip();
        return PLACEHOLDERS.contains(plain) || SAYS_WITHHELD.matcher(plain).find();
    }
}
