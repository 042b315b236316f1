/** The classifier service: tags each fetched notice with a category, specialties, signals and readable reasons. */
package org.tenderwatch.classifier;
