package org.tenderwatch.tracker.testing;

import org.tenderwatch.events.NoticeClassified;
import org.tenderwatch.testing.Publisher;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** Publishes notices to a running tracker and waits until it has recorded every one of them. */
public final class Recorded {

    private Recorded() {
    }

    public static void all(RunningTracker tracker, Publisher publisher, List<NoticeClassified> notices) {
        notices.forEach(publisher::publish);
        List<String> ids = notices.stream().map(n -> n.notice().releaseId()).distinct().toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> tracker.db().count(
                "select count(*) from release where release_id = any(?)", (Object) ids.toArray(String[]::new)) == ids.size());
    }
}
