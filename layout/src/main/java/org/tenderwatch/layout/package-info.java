/** The one page layout (header, navigation, stylesheet) of the notifier's and the tracker's public pages. */
package org.tenderwatch.layout;
