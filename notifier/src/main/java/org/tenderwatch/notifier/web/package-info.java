/** Public server-rendered pages: subscribe, confirm, unsubscribe and manage-my-alerts. */
package org.tenderwatch.notifier.web;
