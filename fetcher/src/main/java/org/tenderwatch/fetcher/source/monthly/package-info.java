/**
 * The OCDS API that Public Contracts Scotland and Sell2Wales share: a month of one notice type per request, no
 * paging, so a window is read as every notice type of every month it touches, and a month is read again while it
 * is still being published into.
 */
package org.tenderwatch.fetcher.source.monthly;
