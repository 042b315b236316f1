/** Contracts Finder's OCDS search: windows by publication date, cursor paging, HTTP 403 when it wants a pause. */
package org.tenderwatch.fetcher.source.contractsfinder;
