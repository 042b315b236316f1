/** Live polling: each source walks forward window by window from its checkpoint in PostgreSQL. */
package org.tenderwatch.fetcher.poll;
