/** The Slack channel: Block Kit messages posted to incoming webhooks, at most one a second per webhook. */
package org.tenderwatch.notifier.deliver.slack;
