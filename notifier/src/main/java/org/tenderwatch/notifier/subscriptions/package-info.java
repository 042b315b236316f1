/** Who wants alerts and about what: subscribers (email or Slack), their filters and cadences, and the API to manage them. */
package org.tenderwatch.notifier.subscriptions;
