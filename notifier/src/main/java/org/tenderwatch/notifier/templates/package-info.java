/** Mustache templates for mails and pages, compiled once from the classpath. */
package org.tenderwatch.notifier.templates;
