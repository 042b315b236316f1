package org.tenderwatch.tracker.procurement;

import java.time.Instant;

/** One classification a release was given under one rules version. */
record StoredClassification(String releaseId, String rulesVersion, String category, boolean possiblyRelevant,
                            double confidence, Instant classifiedAt) {
}
