/** Daily digests: one message per subscriber per day with every notice matched since the last one. */
package org.tenderwatch.notifier.digest;
