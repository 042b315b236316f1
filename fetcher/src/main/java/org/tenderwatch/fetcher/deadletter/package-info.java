/**
 * Keeping what cannot be published: {@code DeadLetters.keep(letter)} stores each distinct bad payload of a source
 * whole in the dead_letter table and sends it to {@code notices.fetched.v1.dlq}. Letters are built by the
 * fetcher's {@code DeadLetterFactory} (events), which the window reader and the publisher both use.
 */
package org.tenderwatch.fetcher.deadletter;
