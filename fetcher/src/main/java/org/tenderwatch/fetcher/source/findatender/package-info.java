/** Find a Tender's OCDS release packages: windows by update time, cursor paging, 429/503/504 when it wants a pause. */
package org.tenderwatch.fetcher.source.findatender;
