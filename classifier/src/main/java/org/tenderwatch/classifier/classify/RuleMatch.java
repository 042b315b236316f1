package org.tenderwatch.classifier.classify;

import org.tenderwatch.classifier.classify.rules.Field;

/**
 * Where a rule matched: the field, the phrase or code, the organisation name it was found in (for buyer, supplier
 * and party fields), and how much that field counts.
 */
record RuleMatch(Field field, String matched, String within, double factor) {

    /** A rule that fires on its conditions alone matched nothing in particular. */
    static final RuleMatch CONDITIONS = new RuleMatch(null, null, null, 1.0);

    /** The stronger field wins; at equal strength the longer phrase, which says more ("foundation trust" over "hospital"). */
    RuleMatch better(RuleMatch other) {
        if (other.factor != factor) {
            return other.factor > factor ? other : this;
        }
        return other.matched.length() > matched.length() ? other : this;
    }
}
