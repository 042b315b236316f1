/** Keeps each release as published with its classification, and derives one row per procurement from its releases. */
package org.tenderwatch.tracker.record;
