/** Every metric the tracker exports. */
package org.tenderwatch.tracker.metrics;
