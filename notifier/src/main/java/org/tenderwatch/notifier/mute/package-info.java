/** Muting a buyer, a supplier or a procurement, and snoozing every alert for a while: stored, undone, applied to matching. */
package org.tenderwatch.notifier.mute;
