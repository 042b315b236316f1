/** The fetcher's own Prometheus metrics. */
package org.tenderwatch.fetcher.metrics;
