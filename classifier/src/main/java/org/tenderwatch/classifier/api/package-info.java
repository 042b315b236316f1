/** {@code POST /classify}: classifies an OCDS release or release package on request, for checking notices and rules. */
package org.tenderwatch.classifier.api;
