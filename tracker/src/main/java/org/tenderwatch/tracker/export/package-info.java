/** Every list to take away: CSV and JSON streamed whole from a database cursor, and an Atom feed per search. */
package org.tenderwatch.tracker.export;
