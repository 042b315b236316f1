package org.tenderwatch.classifier.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A running classifier on the shared test Kafka with topics and a consumer group of its own, and a publisher of
 * fetched notices on its intake topic. On a class, one classifier serves every test of the class; on a method, that
 * test gets its own. Tests receive them as parameters ({@link RunningClassifier},
 * {@link org.tenderwatch.testing.Publisher}); both are closed afterwards.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ClassifierExtension.class)
public @interface ClassifierTest {

    /** Properties on top of {@link RunningClassifier#properties}, each as {@code name=value}. */
    String[] properties() default {};
}
