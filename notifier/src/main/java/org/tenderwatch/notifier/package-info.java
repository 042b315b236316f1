/** The notifier service: matches classified notices against subscriptions and alerts subscribers by email and Slack. */
package org.tenderwatch.notifier;
