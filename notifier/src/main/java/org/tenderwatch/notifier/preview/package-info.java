/** Know before you subscribe: how many alerts a filter would have produced each week, from the notices stored here. */
package org.tenderwatch.notifier.preview;
