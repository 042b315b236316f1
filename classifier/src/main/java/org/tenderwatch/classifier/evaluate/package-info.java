/** The {@code evaluate} command: classifies a labelled set of releases and reports how well the rules do. */
package org.tenderwatch.classifier.evaluate;
