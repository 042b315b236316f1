/** The email channel: SMTP with HTML and plain-text bodies from templates and RFC 8058 one-click unsubscribe. */
package org.tenderwatch.notifier.deliver.email;
