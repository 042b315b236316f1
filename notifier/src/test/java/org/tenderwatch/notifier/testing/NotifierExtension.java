package org.tenderwatch.notifier.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.testing.ServiceExtension;
import org.tenderwatch.testing.ServiceProperties;
import org.tenderwatch.testing.Started;

import java.util.Map;
import java.util.Set;

/** Starts what {@link NotifierTest} asks for, on first use, for the class or method that carries it. */
public final class NotifierExtension extends ServiceExtension<NotifierTest> {

    public NotifierExtension() {
        super(NotifierTest.class, Set.of(RunningNotifier.class, Mailbox.class, FakeSlack.class, Publisher.class));
    }

    @Override
    protected Started start(NotifierTest settings, ExtensionContext owner) {
        String topic = settings.topic().isEmpty() ? topicFor("notices.classified", owner) : settings.topic();
        return new Started().startingWith(started -> {
            Mailbox mailbox = started.add(Mailbox.class, new Mailbox());
            Map<String, Object> properties = NotifierProperties.of(topic, mailbox.port());
            if (settings.slack()) {
                FakeSlack slack = started.add(FakeSlack.class, new FakeSlack());
                properties.put("notifier.channels.slack.local-demo-webhooks", slack.demoPrefix());
            }
            ServiceProperties.putAll(properties, settings.properties());
            RunningNotifier notifier = started.add(RunningNotifier.class, new RunningNotifier(properties));
            started.add(Publisher.class, new Publisher(topic, notifier.json()));
        });
    }
}
