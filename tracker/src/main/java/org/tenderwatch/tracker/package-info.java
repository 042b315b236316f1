/** The tracker: the public record of every classified procurement, to browse, search, cite, export and follow. */
package org.tenderwatch.tracker;
