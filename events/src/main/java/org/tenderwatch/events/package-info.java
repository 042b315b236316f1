/** The event records and topic names the Tender Watch services share. */
package org.tenderwatch.events;
