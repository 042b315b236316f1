/** Reading one window completely: every page, in order, with retries for pages that look broken. */
package org.tenderwatch.fetcher.window;
