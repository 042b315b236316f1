/** The summary: this month, this year or all time, by category, top buyers and suppliers, biggest contracts, who won. */
package org.tenderwatch.tracker.summary;
