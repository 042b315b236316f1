package org.tenderwatch.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of every service's test extension ({@code @FetcherTest}, {@code @NotifierTest}…): what the annotation asks
 * for is started on first use and kept in the JUnit store of the class or method that carries the annotation, so JUnit
 * closes it when that class or method is done. On a class, one service serves every test of the class; on a method,
 * that test gets its own. Tests receive the pieces as constructor or method parameters.
 */
public abstract class ServiceExtension<A extends Annotation> implements ParameterResolver {

    private final Class<A> annotation;
    private final Set<Class<?>> provided;
    private final ExtensionContext.Namespace namespace;

    protected ServiceExtension(Class<A> annotation, Set<Class<?>> provided) {
        this.annotation = annotation;
        this.provided = provided;
        this.namespace = ExtensionContext.Namespace.create(getClass());
    }

    /** Starts what the annotation asks for; what is returned is closed, in reverse order of {@link Started#add}, afterwards. */
    protected abstract Started start(A settings, ExtensionContext owner);

    @Override
    public final boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return provided.contains(parameter.getParameter().getType());
    }

    @Override
    public final Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext owner = owner(context);
        A settings = AnnotationSupport.findAnnotation(owner.getElement(), annotation).orElseThrow();
        Started started = owner.getStore(namespace).getOrComputeIfAbsent(Started.class, k -> start(settings, owner), Started.class);
        Class<?> type = parameter.getParameter().getType();
        return started.get(type).orElseThrow(() -> new ParameterResolutionException(
                "@" + annotation.getSimpleName() + " as written here starts no " + type.getSimpleName()));
    }

    /** The nearest context, from the method up to the class, whose element carries the annotation. */
    private ExtensionContext owner(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<AnnotatedElement> element = c.getElement();
            if (element.isPresent() && element.get().isAnnotationPresent(annotation)) {
                return c;
            }
        }
        throw new ParameterResolutionException("no @" + annotation.getSimpleName() + " on " + context.getDisplayName());
    }

    /** A topic of the test's own, named after its class (and method): {@code prefix.class-name[.method-name]}. */
    public static String topicFor(String prefix, ExtensionContext owner) {
        String name = owner.getRequiredTestClass().getSimpleName() + owner.getTestMethod().map(m -> "." + m.getName()).orElse("");
        return prefix + "." + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
