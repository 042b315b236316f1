/** Finds the subscriptions a classified notice matches, from an in-memory index of every active subscription. */
package org.tenderwatch.notifier.matching;
