/**
 * What is known so far of each procurement (one OCID), folded from every release seen, so that a thin award is judged
 * with what its tender said; and what a new release changed in the procurement's classification.
 */
package org.tenderwatch.classifier.procurement;
