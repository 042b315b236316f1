package org.tenderwatch.classifier.classify;

import org.tenderwatch.classifier.classify.rules.Field;

/** Where a rule matched: the field, the phrase or code, and how much that field counts. */
record Match(Field field, String matched, double factor) {

    /** A rule that fires on its conditions alone matched nothing in particular. */
    static final Match CONDITIONS = new Match(null, null, 1.0);

    Match better(Match other) {
        return other.factor > factor ? other : this;
    }
}
