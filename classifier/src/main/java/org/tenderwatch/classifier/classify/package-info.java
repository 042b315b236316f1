/** The classification engine: normalises a notice's text, matches the rules, scores, decides and explains. */
package org.tenderwatch.classifier.classify;
