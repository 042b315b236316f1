/** Public Contracts Scotland's OCDS API (OCIDs {@code ocds-r6ebe6-}): releases without an id, month windows. */
package org.tenderwatch.fetcher.source.publiccontractsscotland;
