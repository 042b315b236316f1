package org.tenderwatch.notifier.subscriptions;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.deliver.slack.WebhookUrlPolicy;
import org.tenderwatch.notifier.security.WebhookVault;

import java.sql.Connection;
import java.util.Optional;

/** Creating, changing and ending subscriptions; every change rebuilds the matching index. */
@Singleton
public class SubscriptionService {

    private final SubscriptionStore subscriptions;
    private final SubscriberStore subscribers;
    private final WebhookUrlPolicy webhookPolicy;
    private final WebhookVault vault;
    private final ApplicationEventPublisher<SubscriptionsChanged> events;
    private final TransactionOperations<Connection> tx;

    SubscriptionService(SubscriptionStore subscriptions, SubscriberStore subscribers, WebhookUrlPolicy webhookPolicy,
                        WebhookVault vault, ApplicationEventPublisher<SubscriptionsChanged> events,
                        TransactionOperations<Connection> tx) {
        this.tx = tx;
        this.subscriptions = subscriptions;
        this.subscribers = subscribers;
        this.webhookPolicy = webhookPolicy;
        this.vault = vault;
        this.events = events;
    }

    /**
     * Admin: an email subscription needs confirming unless the request says it is confirmed; Slack needs none.
     * Everything is checked before anything is written, and the subscriber, the subscription and its confirmation
     * mail are written in one transaction: a failure leaves no subscriber without a subscription.
     */
    public Subscription create(SubscriptionRequest request) {
        ChannelType channel = channel(request.channel());
        String name = FilterValidator.name(request.name());
        SubscriptionFilter filter = FilterValidator.filter(request.filter());
        Cadence cadence = FilterValidator.cadence(request.cadence());
        int hour = FilterValidator.digestHour(request.digestHour());
        String address = channel == ChannelType.EMAIL ? emailAddress(request.address())
                : webhookPolicy.check(request.address()).toString();
        boolean confirmed = channel == ChannelType.SLACK || Boolean.TRUE.equals(request.confirmed());
        Subscription created = tx.executeWrite(status -> {
            long subscriberId = channel == ChannelType.EMAIL ? subscribers.emailSubscriber(address)
                    : subscribers.slackSubscriber(vault.encrypt(address), vault.fingerprint(address));
            Subscription made = subscriptions.create(subscriberId, name, filter, cadence, hour, confirmed);
            if (confirmed) {
                subscribers.confirm(made.id());
            } else {
                subscriptions.requestConfirmation(subscriberId, made.id());
            }
            return subscriptions.find(made.id()).orElseThrow();
        });
        announce(confirmed, "subscription " + created.id() + " created");
        return created;
    }

    /** Public form: nothing but the confirmation mail is sent before the link in it is followed. */
    public void subscribeByEmail(String email, String name, SubscriptionFilter filter, String cadence, Integer digestHour) {
        SubscriptionRequest request = new SubscriptionRequest(name, "email", email, cadence, digestHour, false, filter);
        create(request);
    }

    public Optional<Subscription> update(long id, SubscriptionRequest request) {
        Optional<Subscription> updated = subscriptions.update(id, FilterValidator.name(request.name()),
                FilterValidator.filter(request.filter()), FilterValidator.cadence(request.cadence()),
                FilterValidator.digestHour(request.digestHour()));
        announce(updated.isPresent(), "subscription " + id + " updated");
        return updated;
    }

    public boolean delete(long id) {
        return announce(subscriptions.delete(id), "subscription " + id + " deleted");
    }

    public boolean confirm(long subscriptionId) {
        return announce(subscribers.confirm(subscriptionId), "subscription " + subscriptionId + " confirmed");
    }

    public boolean unsubscribe(long subscriberId) {
        return announce(subscribers.unsubscribe(subscriberId), "subscriber " + subscriberId + " unsubscribed");
    }

    /** Tells this instance's matcher when something changed; answers whether it did. */
    private boolean announce(boolean changed, String why) {
        if (changed) {
            events.publishEvent(new SubscriptionsChanged(why));
        }
        return changed;
    }

    private static String emailAddress(String address) {
        try {
            return FilterValidator.email(address);
        } catch (InvalidField e) {
            throw new InvalidField("address", e.getMessage());
        }
    }

    private static ChannelType channel(String channel) {
        if (channel == null || !(channel.equalsIgnoreCase("email") || channel.equalsIgnoreCase("slack"))) {
            throw new InvalidField("channel", "must be email or slack");
        }
        return ChannelType.fromLabel(channel);
    }
}
