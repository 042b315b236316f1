/** Reading OCDS as the UK notice services publish it, quirks included, into {@link org.tenderwatch.events.NoticeFetched}. */
package org.tenderwatch.ocds;
