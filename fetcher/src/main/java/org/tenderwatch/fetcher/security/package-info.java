/** The operator's token: what only the operator may do (backfill jobs) needs it. */
package org.tenderwatch.fetcher.security;
