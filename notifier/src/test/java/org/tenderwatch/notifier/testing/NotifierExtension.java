package org.tenderwatch.notifier.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.AnnotatedElement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts what {@link NotifierTest} asks for on first use and keeps it in the JUnit store of the class or method that
 * carries the annotation, so JUnit closes it (in reverse order of start) when that class or method is done.
 */
public final class NotifierExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NotifierExtension.class);
    private static final Set<Class<?>> PROVIDED = Set.of(RunningNotifier.class, Mailbox.class, FakeSlack.class, Publisher.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return PROVIDED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext owner = owner(context);
        NotifierTest settings = AnnotationSupport.findAnnotation(owner.getElement(), NotifierTest.class).orElseThrow();
        Running running = owner.getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, k -> start(settings, owner), Running.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == RunningNotifier.class) {
            return running.notifier();
        }
        if (type == Mailbox.class) {
            return running.mailbox();
        }
        if (type == Publisher.class) {
            return running.publisher();
        }
        if (running.slack() == null) {
            throw new ParameterResolutionException("a FakeSlack needs @NotifierTest(slack = true)");
        }
        return running.slack();
    }

    /** The nearest context, from the method up to the class, whose element carries the annotation. */
    private static ExtensionContext owner(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<AnnotatedElement> element = c.getElement();
            if (element.isPresent() && element.get().isAnnotationPresent(NotifierTest.class)) {
                return c;
            }
        }
        throw new ParameterResolutionException("no @NotifierTest on " + context.getDisplayName());
    }

    private static Running start(NotifierTest settings, ExtensionContext owner) {
        String topic = settings.topic().isEmpty() ? topicFor(owner) : settings.topic();
        Mailbox mailbox = new Mailbox();
        FakeSlack slack = settings.slack() ? new FakeSlack() : null;
        try {
            Map<String, Object> properties = NotifierProperties.of(topic, mailbox.port());
            if (slack != null) {
                properties.put("notifier.channels.slack.local-demo-webhooks", slack.demoPrefix());
            }
            for (String property : settings.properties()) {
                int eq = property.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("@NotifierTest property is not name=value: " + property);
                }
                properties.put(property.substring(0, eq).trim(), property.substring(eq + 1).trim());
            }
            RunningNotifier notifier = new RunningNotifier(properties);
            return new Running(mailbox, slack, notifier, new Publisher(topic, notifier.json()));
        } catch (RuntimeException e) {
            mailbox.close();
            if (slack != null) {
                slack.close();
            }
            throw e;
        }
    }

    private static String topicFor(ExtensionContext owner) {
        String name = owner.getRequiredTestClass().getSimpleName() + owner.getTestMethod().map(m -> "." + m.getName()).orElse("");
        return "notices.classified." + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Closed by JUnit with the store that holds it. */
    private record Running(Mailbox mailbox, FakeSlack slack, RunningNotifier notifier, Publisher publisher)
            implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            try (mailbox; FakeSlack s = slack; notifier; publisher) {
                // closed in reverse order: the publisher, the notifier, then what it talked to
            }
        }
    }
}
