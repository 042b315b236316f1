package org.tenderwatch.testing;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a test extension started, by type, closed by JUnit with the store that holds it: in reverse order of start, so
 * a service stops before what it talks to. When a start fails half-way, what had started is closed before the failure
 * goes on.
 */
public final class Started implements ExtensionContext.Store.CloseableResource {

    private final Map<Class<?>, Object> byType = new LinkedHashMap<>();
    private final Deque<AutoCloseable> closing = new ArrayDeque<>();

    public <T extends AutoCloseable> T add(Class<? super T> type, T resource) {
        byType.put(type, resource);
        closing.push(resource);
        return resource;
    }

    Optional<Object> get(Class<?> type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** Starts the rest through {@code steps}; if it throws, closes what had started and rethrows. */
    public Started startingWith(Step steps) {
        try {
            steps.run(this);
            return this;
        } catch (RuntimeException e) {
            try {
                close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    @FunctionalInterface
    public interface Step {
        void run(Started started);
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        while (!closing.isEmpty()) {
            try {
                closing.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("could not close what the test started", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
