/** The notifier's Prometheus metrics. */
package org.tenderwatch.notifier.metrics;
