/** The outbox: the one owner of the delivery table, from queueing a message to its last state. */
package org.tenderwatch.notifier.outbox;
