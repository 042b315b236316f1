/** The rules file: its model, loading and validation. A campaigner changes the file, never the Java. */
package org.tenderwatch.classifier.classify.rules;
