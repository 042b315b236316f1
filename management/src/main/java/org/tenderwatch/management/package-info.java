/** Who may read the management endpoints: UP or DOWN for anyone, details and metrics for operators. */
package org.tenderwatch.management;
