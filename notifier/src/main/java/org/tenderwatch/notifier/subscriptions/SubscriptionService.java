package org.tenderwatch.notifier.subscriptions;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.notifier.deliver.slack.WebhookUrlPolicy;
import org.tenderwatch.notifier.limits.ConfirmationLimits;
import org.tenderwatch.notifier.metrics.NotifierMetrics;
import org.tenderwatch.notifier.outbox.Outbox;
import org.tenderwatch.notifier.security.LinkPurpose;
import org.tenderwatch.notifier.security.SecuritySettings;
import org.tenderwatch.notifier.security.SignedLinks;
import org.tenderwatch.notifier.security.WebhookVault;

import java.sql.Connection;
import java.util.Optional;

/** Creating, changing and ending subscriptions; every change rebuilds the matching index. */
@Singleton
public class SubscriptionService {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionService.class);

    private final SubscriptionStore subscriptions;
    private final SubscriberStore subscribers;
    private final WebhookUrlPolicy webhookPolicy;
    private final WebhookVault vault;
    private final ApplicationEventPublisher<SubscriptionsChanged> events;
    private final TransactionOperations<Connection> tx;
    private final ConfirmationLimits limits;
    private final SignedLinks links;
    private final SecuritySettings security;
    private final NotifierMetrics metrics;
    private final Outbox outbox;

    SubscriptionService(SubscriptionStore subscriptions, SubscriberStore subscribers, WebhookUrlPolicy webhookPolicy,
                        WebhookVault vault, ApplicationEventPublisher<SubscriptionsChanged> events,
                        TransactionOperations<Connection> tx, ConfirmationLimits limits, SignedLinks links,
                        SecuritySettings security, NotifierMetrics metrics, Outbox outbox) {
        this.outbox = outbox;
        this.tx = tx;
        this.limits = limits;
        this.links = links;
        this.security = security;
        this.metrics = metrics;
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
                outbox.queueConfirmation(subscriberId, made.id());
            }
            return subscriptions.find(made.id()).orElseThrow();
        });
        announce(confirmed, "subscription " + created.id() + " created");
        return created;
    }

    /**
     * Public form and API: nothing but the confirmation mail is sent before the link in it is followed, and not even
     * that when the address must not be written to: suppressed after hard failures; unsubscribed, unless the request
     * carries the signed token of the page that confirmed the unsubscribe (only someone who followed a link from
     * that mailbox has it); a confirmation already waiting whose link still works; or the address's share of mails
     * (Bucket4j) spent. The caller's answer is the same in each case, so it reveals nothing about the address.
     * Too many requests from one client are refused (429) before anything is looked up.
     */
    public void subscribeByEmail(String email, String name, SubscriptionFilter filter, String cadence, Integer digestHour,
                                 String client, @Nullable String resubscribeToken) {
        String address = FilterValidator.email(email);
        String checkedName = FilterValidator.name(name);
        SubscriptionFilter checkedFilter = FilterValidator.filter(filter);
        Cadence checkedCadence = FilterValidator.cadence(cadence);
        int hour = FilterValidator.digestHour(digestHour);
        limits.requireClientAllowance(client);
        String withheld = tx.executeWrite(status -> {
            if (subscribers.suppressed(address)) {
                return "suppressed";
            }
            SubscriberStore.Locked subscriber = subscribers.lockEmailSubscriber(address);
            if (subscriber.unsubscribed()
                    && !links.verify(LinkPurpose.RESUBSCRIBE, resubscribeToken).equals(Optional.of(subscriber.id()))) {
                return "unsubscribed";
            }
            if (outbox.confirmationPending(subscriber.id(), security.confirmLinkTtl())) {
                return "pending";
            }
            if (!limits.takeAddressAllowance(address)) {
                return "address-limit";
            }
            Subscription made = subscriptions.create(subscriber.id(), checkedName, checkedFilter, checkedCadence, hour, false);
            outbox.queueConfirmation(subscriber.id(), made.id());
            return null;
        });
        if (withheld != null) {
            if (!"address-limit".equals(withheld)) {
                metrics.confirmationWithheld(withheld);
            }
            LOG.info("Public subscribe request answered without a confirmation mail: {}", withheld);
        }
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
