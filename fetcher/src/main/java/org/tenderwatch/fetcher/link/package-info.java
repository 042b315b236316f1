/** Links a notice to the same notice published earlier by another portal: same buyer, title, date and lifecycle event. */
package org.tenderwatch.fetcher.link;
