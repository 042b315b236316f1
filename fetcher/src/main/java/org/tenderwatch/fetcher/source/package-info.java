/** Where notices come from: one small interface, one package per source. */
package org.tenderwatch.fetcher.source;
