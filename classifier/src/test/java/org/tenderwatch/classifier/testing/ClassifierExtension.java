package org.tenderwatch.classifier.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.tenderwatch.testing.Publisher;
import org.tenderwatch.testing.ServiceExtension;
import org.tenderwatch.testing.ServiceProperties;
import org.tenderwatch.testing.Started;

import java.util.Map;
import java.util.Set;

/** Starts what {@link ClassifierTest} asks for, on first use, for the class or method that carries it. */
public final class ClassifierExtension extends ServiceExtension<ClassifierTest> {

    public ClassifierExtension() {
        super(ClassifierTest.class, Set.of(RunningClassifier.class, Publisher.class));
    }

    @Override
    protected Started start(ClassifierTest settings, ExtensionContext owner) {
        Map<String, Object> properties = ServiceProperties.putAll(RunningClassifier.properties(), settings.properties());
        return new Started().startingWith(started -> {
            RunningClassifier classifier = started.add(RunningClassifier.class, new RunningClassifier(properties));
            started.add(Publisher.class, new Publisher(classifier.intakeTopic(), classifier.json()));
        });
    }
}
