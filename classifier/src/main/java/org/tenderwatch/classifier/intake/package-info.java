/** Consumes {@code notices.fetched.v1}: each notice is classified and published before its offset is committed. */
package org.tenderwatch.classifier.intake;
