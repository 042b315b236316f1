/** Bounds on what one request, or many at once, may cost: body sizes, concurrent anonymous requests, confirmation mails. */
package org.tenderwatch.notifier.limits;
