/** Supervision of the fetcher's workers (pollers, backfill): nothing stops without a log line, a metric and, when it cannot go on, /health DOWN. */
package org.tenderwatch.fetcher.supervision;
