/** Being a polite client: one request in flight per source, rate-limit waits, bounded jittered retries. */
package org.tenderwatch.fetcher.http;
