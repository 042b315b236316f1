/** Consumes classified notices and records each release once, however often it is delivered. */
package org.tenderwatch.tracker.intake;
