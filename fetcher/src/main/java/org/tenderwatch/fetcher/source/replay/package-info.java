/** Replay: a directory of recorded release packages and single releases, for offline runs, demos and tests. */
package org.tenderwatch.fetcher.source.replay;
