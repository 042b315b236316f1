package org.tenderwatch.notifier.subscriptions;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import org.tenderwatch.notifier.deliver.slack.WebhookUrlPolicy;
import org.tenderwatch.notifier.security.WebhookVault;

import java.util.Optional;

/** Creating, changing and ending subscriptions; every change rebuilds the matching index. */
@Singleton
public class SubscriptionService {

    private final SubscriptionStore subscriptions;
    private final SubscriberStore subscribers;
    private final WebhookUrlPolicy webhookPolicy;
    private final WebhookVault vault;
    private final ApplicationEventPublisher<SubscriptionsChanged> events;

    SubscriptionService(SubscriptionStore subscriptions, SubscriberStore subscribers, WebhookUrlPolicy webhookPolicy,
                        WebhookVault vault, ApplicationEventPublisher<SubscriptionsChanged> events) {
        this.subscriptions = subscriptions;
        this.subscribers = subscribers;
        this.webhookPolicy = webhookPolicy;
        this.vault = vault;
        this.events = events;
    }

    /** Admin: an email subscription needs confirming unless the request says it is confirmed; Slack needs none. */
    public Subscription create(SubscriptionRequest request) {
        ChannelType channel = channel(request.channel());
        String name = FilterValidator.name(request.name());
        SubscriptionFilter filter = FilterValidator.filter(request.filter());
        Cadence cadence = FilterValidator.cadence(request.cadence());
        int hour = FilterValidator.digestHour(request.digestHour());
        long subscriberId;
        boolean confirmed;
        if (channel == ChannelType.EMAIL) {
            subscriberId = subscribers.emailSubscriber(emailAddress(request.address()));
            confirmed = Boolean.TRUE.equals(request.confirmed());
        } else {
            String url = webhookPolicy.check(request.address()).toString();
            subscriberId = subscribers.slackSubscriber(vault.encrypt(url), vault.fingerprint(url));
            confirmed = true;
        }
        Subscription created = subscriptions.create(subscriberId, name, filter, cadence, hour, confirmed);
        if (confirmed) {
            subscribers.confirm(created.id());
            changed("subscription " + created.id() + " created");
        } else {
            subscriptions.requestConfirmation(subscriberId, created.id());
        }
        return subscriptions.find(created.id()).orElseThrow();
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
        updated.ifPresent(s -> changed("subscription " + id + " updated"));
        return updated;
    }

    public boolean delete(long id) {
        boolean deleted = subscriptions.delete(id);
        if (deleted) {
            changed("subscription " + id + " deleted");
        }
        return deleted;
    }

    public boolean confirm(long subscriptionId) {
        boolean confirmed = subscribers.confirm(subscriptionId);
        if (confirmed) {
            changed("subscription " + subscriptionId + " confirmed");
        }
        return confirmed;
    }

    public boolean unsubscribe(long subscriberId) {
        boolean done = subscribers.unsubscribe(subscriberId);
        if (done) {
            changed("subscriber " + subscriberId + " unsubscribed");
        }
        return done;
    }

    private void changed(String why) {
        events.publishEvent(new SubscriptionsChanged(why));
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
