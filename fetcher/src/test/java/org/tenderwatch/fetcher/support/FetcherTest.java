package org.tenderwatch.fetcher.support;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A running fetcher on the shared test Kafka, a fresh database and topics of its own, every source off unless a
 * property turns it on, and a reader of its published topic. On a class, one fetcher serves every test of the class;
 * on a method, that test gets its own. Tests receive them as parameters ({@link RunningFetcher},
 * {@link org.tenderwatch.testing.TopicReader}); both are closed afterwards. A test whose source server must start
 * first (its address is known only then) starts the fetcher itself with {@link RunningFetcher#start}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FetcherExtension.class)
public @interface FetcherTest {

    /** Properties on top of {@link RunningFetcher#baseProperties}, each as {@code name=value}. */
    String[] properties() default {};
}
