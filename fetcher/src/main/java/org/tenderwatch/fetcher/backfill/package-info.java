/** Reading a given date range on its own rows, for a new installation or after an outage, leaving the live checkpoint alone. */
package org.tenderwatch.fetcher.backfill;
