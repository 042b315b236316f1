/**
 * Keeps the classification running: a stream thread that dies is logged with the record it was on, counted and
 * replaced; a record that keeps killing it is dead-lettered; when processing stops for good, {@code /health},
 * readiness and liveness say DOWN and why.
 */
package org.tenderwatch.classifier.supervise;
