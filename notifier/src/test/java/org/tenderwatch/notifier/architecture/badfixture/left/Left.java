package org.tenderwatch.notifier.architecture.badfixture.left;

import org.tenderwatch.notifier.architecture.badfixture.right.Right;

/** Deliberately wrong: depends on a package that depends back on this one. */
public final class Left {

    // Reads nothing from delivery: a comment is prose, not SQL, and the scan of literals must not count it.
    public Right partner() {
        return new Right();
    }
}
