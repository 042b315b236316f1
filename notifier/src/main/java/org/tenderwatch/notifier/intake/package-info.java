/** Consumes classified notices and records the alerts they cause in the outbox, in one transaction per notice. */
package org.tenderwatch.notifier.intake;
