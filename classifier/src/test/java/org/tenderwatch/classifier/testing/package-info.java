/** What the classifier's integration tests share: a running classifier and what feeds it. */
package org.tenderwatch.classifier.testing;
