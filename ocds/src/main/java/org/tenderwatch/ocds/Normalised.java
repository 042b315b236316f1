package org.tenderwatch.ocds;

import org.tenderwatch.events.NoticeFetched;

import java.util.List;

/**
 * A release made into a notice, with what was odd about it: values left out, text repaired or cut. Anomalies
 * do not stop a notice; they are for the log and the metrics, and the original release travels with the notice.
 */
public record Normalised(NoticeFetched notice, List<String> anomalies) {
}
