package org.tenderwatch.fetcher;

import java.time.Duration;

/** Durations as people read them in a log line: {@code 250 ms}, {@code 60 s}, {@code 5 min}, {@code 366 days}. */
public final class Durations {

    private Durations() {
    }

    public static String human(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        long seconds = (millis + 500) / 1000;
        if (seconds >= 86_400 && seconds % 86_400 == 0) {
            return seconds / 86_400 + " days";
        }
        return seconds < 60 || seconds % 60 != 0 ? seconds + " s" : seconds / 60 + " min";
    }
}
