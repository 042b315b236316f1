/** Signed links, encrypted webhook URLs and the admin bearer token, all keyed from secrets in the environment. */
package org.tenderwatch.notifier.security;
