/** The volume and fault harness: generated notices through the real stack under injected faults, a ledger and one table. */
package org.tenderwatch.e2e.harness;
