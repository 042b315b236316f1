package org.tenderwatch.tracker.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.testing.ServiceExtension;
import org.tenderwatch.testing.ServiceProperties;
import org.tenderwatch.testing.Started;

import java.util.Map;
import java.util.Set;

/** Starts what {@link TrackerTest} asks for, on first use, for the class or method that carries it. */
public final class TrackerExtension extends ServiceExtension<TrackerTest> {

    public TrackerExtension() {
        super(TrackerTest.class, Set.of(RunningTracker.class, Publisher.class));
    }

    @Override
    protected Started start(TrackerTest settings, ExtensionContext owner) {
        String topic = settings.topic().isEmpty() ? topicFor("notices.classified", owner) : settings.topic();
        Map<String, Object> properties = ServiceProperties.putAll(TrackerProperties.of(topic), settings.properties());
        return new Started().startingWith(started -> {
            RunningTracker tracker = started.add(RunningTracker.class, new RunningTracker(properties));
            started.add(Publisher.class, new Publisher(topic, tracker.json()));
        });
    }
}
