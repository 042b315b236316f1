/** Publishing each release once to notices.fetched.v1; what cannot be published goes to the deadletter package. */
package org.tenderwatch.fetcher.publish;
