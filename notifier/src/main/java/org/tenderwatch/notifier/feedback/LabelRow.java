package org.tenderwatch.notifier.feedback;

import io.micronaut.core.annotation.Introspected;

/** What subscribers said one release is, however many said it: one line of the labels export. */
@Introspected
record LabelRow(String releaseId, String ocid, String source, String chosenCategory, long answers, String givenCategories,
                String rulesVersions) {
}
