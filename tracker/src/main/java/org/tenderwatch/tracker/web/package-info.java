/** What every page shares: the layout, the words for categories and stages, money and dates, and the error pages. */
package org.tenderwatch.tracker.web;
