package org.tenderwatch.notifier.architecture.badfixture.right;

import org.tenderwatch.notifier.architecture.badfixture.left.Left;

/** Deliberately wrong: depends back on the package that depends on it. */
public final class Right {

    public Left partner() {
        return new Left();
    }
}
