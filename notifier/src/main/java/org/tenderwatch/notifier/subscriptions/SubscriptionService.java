package org.tenderwatch.notifier.subscriptions;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.notifier.deliver.Channel;
import org.tenderwatch.notifier.deliver.Channels;
import org.tenderwatch.notifier.deliver.InvalidRecipient;
import org.tenderwatch.notifier.deliver.Recipient;
import org.tenderwatch.notifier.deliver.Recipients;
import org.tenderwatch.notifier.limits.ConfirmationLimits;
import org.tenderwatch.notifier.metrics.NotifierMetrics;
import org.tenderwatch.notifier.outbox.Outbox;
import org.tenderwatch.notifier.security.LinkPurpose;
import org.tenderwatch.notifier.security.SecuritySettings;
import org.tenderwatch.notifier.security.SignedLinks;

import java.sql.Connection;
import java.util.Locale;
import java.util.Optional;

/** Creating, changing and ending subscriptions; every change rebuilds the matching index. */
@Singleton
public class SubscriptionService {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionService.class);
    /** The public form and API subscribe by email only: a Slack webhook is added by an operator. */
    private static final String EMAIL = "email";

    private final SubscriptionStore subscriptions;
    private final SubscriberStore subscribers;
    private final Channels channels;
    private final Recipients recipients;
    private final ApplicationEventPublisher<SubscriptionsChanged> events;
    private final TransactionOperations<Connection> tx;
    private final ConfirmationLimits limits;
    private final SignedLinks links;
    private final SecuritySettings security;
    private final NotifierMetrics metrics;
    private final Outbox outbox;

    SubscriptionService(SubscriptionStore subscriptions, SubscriberStore subscribers, Channels channels,
                        Recipients recipients, ApplicationEventPublisher<SubscriptionsChanged> events,
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
        this.channels = channels;
        this.recipients = recipients;
        this.events = events;
    }

    /**
     * Admin: a subscription of a channel that confirms by message (email) needs confirming unless the request says
     * it is confirmed; others (Slack) need none. The channel checks and stores the address.
     * Everything is checked before anything is written, and the subscriber, the subscription and its confirmation
     * mail are written in one transaction: a failure leaves no subscriber without a subscription.
     */
    public Subscription create(SubscriptionRequest request) {
        Channel channel = channels.find(request.channel() == null ? null : request.channel().trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidField("channel", "must be one of " + String.join(", ", channels.names())));
        String name = FilterValidator.name(request.name());
        SubscriptionFilter filter = FilterValidator.filter(request.filter());
        Cadence cadence = FilterValidator.cadence(request.cadence());
        int hour = FilterValidator.digestHour(request.digestHour());
        Recipient recipient = recipient(channel, request.address(), "address");
        boolean confirmed = !channel.confirmsByMessage() || Boolean.TRUE.equals(request.confirmed());
        Subscription created = tx.executeWrite(status -> {
            long subscriberId = subscribers.subscriber(channel.name(), recipient);
            Subscription made = subscriptions.create(subscriberId, name, filter, cadence, hour, confirmed);
            if (request.monthlySummary() != null) {
                subscribers.wantMonthly(subscriberId, request.monthlySummary());
            }
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
        subscribeByEmail(email, name, filter, cadence, digestHour, client, resubscribeToken, false);
    }

    /** As above; {@code monthlySummary}: also the monthly message, for an address that confirms for the first time. */
    public void subscribeByEmail(String email, String name, SubscriptionFilter filter, String cadence, Integer digestHour,
                                 String client, @Nullable String resubscribeToken, boolean monthlySummary) {
        Channel mail = channels.named(EMAIL);
        Recipient address = recipient(mail, email, "email");
        String checkedName = FilterValidator.name(name);
        SubscriptionFilter checkedFilter = FilterValidator.filter(filter);
        Cadence checkedCadence = FilterValidator.cadence(cadence);
        int hour = FilterValidator.digestHour(digestHour);
        limits.requireClientAllowance(client);
        String withheld = tx.executeWrite(status -> {
            if (recipients.suppressed(mail.name(), address.key())) {
                return "suppressed";
            }
            SubscriberStore.Locked subscriber = subscribers.lockSubscriber(mail.name(), address);
            if (subscriber.unsubscribed()
                    && !links.verify(LinkPurpose.RESUBSCRIBE, resubscribeToken).equals(Optional.of(subscriber.id()))) {
                return "unsubscribed";
            }
            if (outbox.confirmationPending(subscriber.id(), security.confirmLinkTtl())) {
                return "pending";
            }
            if (!limits.takeAddressAllowance(address.key())) {
                return "address-limit";
            }
            Subscription made = subscriptions.create(subscriber.id(), checkedName, checkedFilter, checkedCadence, hour, false);
            if (monthlySummary) {
                subscribers.wantMonthlyBeforeConfirming(subscriber.id());
            }
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
        if (request.monthlySummary() != null) {
            updated.ifPresent(s -> subscribers.wantMonthly(s.subscriberId(), request.monthlySummary()));
        }
        announce(updated.isPresent(), "subscription " + id + " updated");
        return updated;
    }

    public boolean delete(long id) {
        return announce(subscriptions.delete(id), "subscription " + id + " deleted");
    }

    public boolean confirm(long subscriptionId) {
        return announce(subscribers.confirm(subscriptionId), "subscription " + subscriptionId + " confirmed");
    }

    /** The monthly "still working" message on or off, from the manage page; answers whether the subscriber exists. */
    public boolean wantMonthly(long subscriberId, boolean wanted) {
        return subscribers.wantMonthly(subscriberId, wanted);
    }

    public boolean wantsMonthly(long subscriberId) {
        return subscribers.wantsMonthly(subscriberId);
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

    private static Recipient recipient(Channel channel, String address, String field) {
        try {
            return channel.recipient(address);
        } catch (InvalidRecipient e) {
            throw new InvalidField(field, e.getMessage());
        }
    }
}
