/** Sell2Wales's OCDS API (OCIDs {@code ocds-kuma6s-}): the same API shape as Public Contracts Scotland. */
package org.tenderwatch.fetcher.source.sell2wales;
