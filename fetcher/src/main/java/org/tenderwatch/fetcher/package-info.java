/** The fetcher service: polls Contracts Finder and Find a Tender and publishes each release once to notices.fetched.v1. */
package org.tenderwatch.fetcher;
