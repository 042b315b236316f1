/** Who buys and who wins: a page per buyer and per supplier, with totals by category and year. */
package org.tenderwatch.tracker.organisations;
