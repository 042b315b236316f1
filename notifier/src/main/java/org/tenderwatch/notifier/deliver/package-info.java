/** Drains the outbox: claims due deliveries, hands them to their channel, retries, gives up, and records why. */
package org.tenderwatch.notifier.deliver;
