/** What the services' tests share: a running service and its infrastructure, and the assertions every service owes. */
package org.tenderwatch.testing;
