package org.tenderwatch.e2e.harness;

import java.time.Duration;
import java.time.Instant;

/** One injected fault: what, when, whether notices were still on their way then, and how long until all was UP again. */
record Fault(FaultKind kind, Instant at, boolean midRun, Duration recovery) {
}
