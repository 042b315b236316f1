package org.tenderwatch.tracker.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A running tracker on the shared test Kafka and a fresh database, and a publisher on its own classified-notices
 * topic. On a class, one tracker serves every test of the class; on a method, that test gets its own. Test
 * constructors and methods receive them as parameters ({@link RunningTracker}, {@link org.tenderwatch.testing.Publisher});
 * both are closed afterwards.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TrackerExtension.class)
public @interface TrackerTest {

    /** The classified-notices topic the tracker reads; empty: one named after the test class (and method). */
    String topic() default "";

    /** Properties on top of {@link TrackerProperties#of}, each as {@code name=value}. */
    String[] properties() default {};
}
