/** Publishing each release once to notices.fetched.v1, and keeping whatever cannot be published as a dead letter. */
package org.tenderwatch.fetcher.publish;
