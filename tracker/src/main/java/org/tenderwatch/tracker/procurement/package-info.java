/** A page per procurement: what it is, its timeline of releases, the evidence of each and what changed between them. */
package org.tenderwatch.tracker.procurement;
