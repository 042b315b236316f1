package org.tenderwatch.notifier.deliver;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.notifier.metrics.NotifierMetrics;
import org.tenderwatch.notifier.outbox.Claimed;
import org.tenderwatch.notifier.outbox.DeliveryState;
import org.tenderwatch.notifier.outbox.MessageKind;
import org.tenderwatch.notifier.outbox.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One claimed delivery from message to recorded outcome: sent, retried later, failed, given up or cancelled. */
@Singleton
class DeliveryAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryAttempt.class);

    private final Channels channels;
    private final Outbox outbox;
    private final MessageFactory messages;
    private final Recipients recipients;
    private final DeliverySettings config;
    private final NotifierMetrics metrics;
    private final ApplicationEventPublisher<RecipientDisabled> events;
    private final Clock clock;

    DeliveryAttempt(Channels channels, Outbox outbox, MessageFactory messages, Recipients recipients,
                    DeliverySettings config, NotifierMetrics metrics, ApplicationEventPublisher<RecipientDisabled> events,
                    Clock clock) {
        this.channels = channels;
        this.outbox = outbox;
        this.messages = messages;
        this.recipients = recipients;
        this.config = config;
        this.metrics = metrics;
        this.events = events;
        this.clock = clock;
    }

    void run(Claimed claimed) {
        Addressee subscriber = recipients.find(claimed.subscriberId()).orElseThrow(() -> new IllegalStateException(
                "subscriber " + claimed.subscriberId() + " of delivery " + claimed.id() + " was deleted while it was being sent"));
        Channel channel = channels.named(subscriber.channel());
        String name = channel.name();
        // Someone who unsubscribed may subscribe again: their new confirmation mail is the one thing that still goes out.
        boolean resubscribing = claimed.kind() == MessageKind.CONFIRMATION && "unsubscribed".equals(subscriber.blockedBecause());
        if (subscriber.blockedBecause() != null && !resubscribing) {
            finish(claimed, name, DeliveryState.CANCELLED, subscriber.blockedBecause());
            return;
        }
        Message message;
        try {
            message = messages.build(claimed, subscriber, channel);
        } catch (RuntimeException e) {
            // A webhook that no longer decrypts (the signing secret changed) or a stored notice that no longer reads:
            // retried, so that restoring the secret is enough, and given up in the end like any other failure.
            LOG.warn("Delivery {} ({}): the message could not be built", claimed.id(), name, e);
            retry(claimed, name, new Outcome.Retry("could not build the message: " + e.getMessage(), null));
            return;
        }
        if (message.kind() != MessageKind.CONFIRMATION && message.alerts().isEmpty() && message.monthly() == null) {
            finish(claimed, name, DeliveryState.CANCELLED, "nothing left to send: its subscriptions were deleted");
            return;
        }
        Outcome outcome;
        try {
            outcome = channel.send(message);
        } catch (RuntimeException e) {
            outcome = new Outcome.Retry("unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
        if (outcome instanceof Outcome.Retry retry) {
            retry(claimed, name, retry);
        } else if (outcome instanceof Outcome.Rejected rejected) {
            rejected(claimed, subscriber, channel, rejected.reason());
        } else if (outcome instanceof Outcome.Undeliverable undeliverable) {
            finish(claimed, name, DeliveryState.FAILED, undeliverable.reason());
        } else {
            sent(claimed, message, name);
        }
    }

    /**
     * Something escaped {@link #run}. After an exception the delivery is tried again after its backoff (and given up in
     * the end). After an {@link Error} it is failed at once, with the reason kept: retried, the same message would stop
     * every worker in turn, one Error each. Never throws: this is the last resort.
     */
    void afterFailure(Claimed claimed, Throwable failure) {
        String what = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        try {
            if (failure instanceof Error) {
                finish(claimed, "unknown", DeliveryState.FAILED, "an Error while sending, not retried: " + what);
            } else {
                retry(claimed, "unknown", new Outcome.Retry("unexpected " + what, null));
            }
        } catch (RuntimeException e) {
            LOG.error("Delivery {}: could not record the failure; it is retried when its lease ends", claimed.id(), e);
        }
    }

    private void sent(Claimed claimed, Message message, String channel) {
        outbox.sent(claimed.id());
        metrics.delivery(channel, DeliveryState.SENT.label());
        Instant now = clock.instant();
        message.alerts().stream().map(a -> a.notice().notice().releaseDate()).filter(Objects::nonNull)
                .forEach(date -> metrics.noticeAgeAtSend(channel, Duration.between(date.toInstant(), now)));
    }

    private void retry(Claimed claimed, String channel, Outcome.Retry retry) {
        Instant now = clock.instant();
        if (Duration.between(claimed.createdAt(), now).compareTo(config.giveUpAfter()) > 0) {
            finish(claimed, channel, DeliveryState.GAVE_UP, "gave up after " + config.giveUpAfter() + " and " + claimed.attempts()
                    + " attempts; last: " + retry.reason());
            return;
        }
        Duration wait = retry.retryAfter() != null ? retry.retryAfter()
                : Backoff.after(claimed.attempts(), config.initialBackoff(), config.maxBackoff());
        if (retry.retryAfter() != null) {
            outbox.holdSubscriber(claimed.subscriberId(), now.plus(wait));
        }
        outbox.retryAt(claimed.id(), now.plus(wait), retry.reason());
        metrics.delivery(channel, "retry");
        LOG.info("Delivery {} ({}) attempt {} will be retried in {}: {}", claimed.id(), channel, claimed.attempts(), wait, retry.reason());
    }

    private void rejected(Claimed claimed, Addressee subscriber, Channel channel, String reason) {
        finish(claimed, channel.name(), DeliveryState.FAILED, reason);
        if (recipients.recordHardFailure(subscriber, reason, channel.hardFailuresBeforeDisabling())) {
            LOG.warn("Subscriber {} ({}) disabled after hard failures: {}", subscriber.subscriberId(), channel.name(), reason);
            events.publishEvent(new RecipientDisabled(subscriber.subscriberId(), channel.name()));
        }
    }

    private void finish(Claimed claimed, String channel, DeliveryState state, String reason) {
        outbox.finish(claimed.id(), state, reason);
        metrics.delivery(channel, state.label());
        LOG.info("Delivery {} ({}) {}: {}", claimed.id(), channel, state.label(), reason);
    }
}
