/** Search and filters over every procurement: the parameters (validated, shareable as a URL), the query, the page. */
package org.tenderwatch.tracker.search;
