package org.tenderwatch.notifier.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A running notifier on the shared test Kafka and a fresh database, with what it talks to: a GreenMail mailbox,
 * optionally a local Slack, and a publisher on its own classified-notices topic. On a class, one notifier serves every
 * test of the class; on a method, that test gets its own. Test constructors and methods receive them as parameters
 * ({@link RunningNotifier}, {@link Mailbox}, {@link FakeSlack}, {@link org.tenderwatch.testing.Publisher}); all are
 * closed afterwards.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NotifierExtension.class)
public @interface NotifierTest {

    /** The classified-notices topic the notifier reads; empty: one named after the test class (and method). */
    String topic() default "";

    /** Properties on top of {@link NotifierProperties#of}, each as {@code name=value}. */
    String[] properties() default {};

    /** Starts a local Slack and lets the notifier post to its webhooks ({@code local-demo-webhooks}). */
    boolean slack() default false;
}
