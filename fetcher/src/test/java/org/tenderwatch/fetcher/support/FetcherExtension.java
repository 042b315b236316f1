package org.tenderwatch.fetcher.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.tenderwatch.testing.ServiceExtension;
import org.tenderwatch.testing.ServiceProperties;
import org.tenderwatch.testing.Started;
import org.tenderwatch.testing.TopicReader;

import java.util.Map;
import java.util.Set;

/** Starts what {@link FetcherTest} asks for, on first use, for the class or method that carries it. */
public final class FetcherExtension extends ServiceExtension<FetcherTest> {

    public FetcherExtension() {
        super(FetcherTest.class, Set.of(RunningFetcher.class, TopicReader.class));
    }

    @Override
    protected Started start(FetcherTest settings, ExtensionContext owner) {
        Map<String, Object> properties = ServiceProperties.putAll(RunningFetcher.baseProperties(), settings.properties());
        return new Started().startingWith(started -> {
            started.add(RunningFetcher.class, RunningFetcher.start(properties));
            started.add(TopicReader.class, new TopicReader((String) properties.get("fetcher.publish.topic")));
        });
    }
}
