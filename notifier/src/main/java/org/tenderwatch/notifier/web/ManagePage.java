package org.tenderwatch.notifier.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import org.tenderwatch.notifier.deliver.Channels;
import org.tenderwatch.notifier.deliver.Recipients;
import org.tenderwatch.notifier.security.LinkPurpose;
import org.tenderwatch.notifier.security.SignedLinks;
import org.tenderwatch.notifier.subscriptions.Subscription;
import org.tenderwatch.notifier.subscriptions.SubscriptionFilter;
import org.tenderwatch.notifier.subscriptions.SubscriptionService;
import org.tenderwatch.notifier.subscriptions.SubscriptionStore;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Manage-my-alerts, reached through the signed link in every mail: see each alert, remove one, turn the monthly message
 * on or off, or stop all.
 */
@Controller("/manage")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ManagePage {

    private final Pages pages;
    private final SignedLinks links;
    private final SubscriptionStore store;
    private final Recipients recipients;
    private final Channels channels;
    private final SubscriptionService service;
    private final List<ManageSection> sections;

    ManagePage(Pages pages, SignedLinks links, SubscriptionStore store, Recipients recipients, Channels channels,
               SubscriptionService service, List<ManageSection> sections) {
        this.sections = sections;
        this.pages = pages;
        this.links = links;
        this.store = store;
        this.recipients = recipients;
        this.channels = channels;
        this.service = service;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(@QueryValue @Nullable String token) {
        Optional<Long> subscriber = links.verify(LinkPurpose.MANAGE, token);
        if (subscriber.isEmpty()) {
            return pages.message(HttpStatus.BAD_REQUEST, "This link does not work",
                    List.of("Links to manage alerts expire after 30 days: use the one in your latest alert."), Map.of());
        }
        List<Subscription> subscriptions = store.ofSubscriber(subscriber.get());
        Map<String, Object> model = new HashMap<>();
        // From the subscriber, not its subscriptions: someone who removed every alert is still an address.
        // A channel that shows nothing of its recipient (a webhook is a secret) is named instead.
        model.put("recipient", recipients.find(subscriber.get())
                .map(r -> channels.named(r.channel()).shown(r.recipient())).orElse("your Slack channel"));
        model.put("hasSubscriptions", !subscriptions.isEmpty());
        model.put("subscriptions", subscriptions.stream().map(s -> Map.of("id", s.id(), "name", s.name().isBlank() ? "Alert " + s.id() : s.name(),
                "cadence", s.cadence().label(), "confirmed", s.confirmed(), "filter", describe(s.filter()), "token", token)).toList());
        model.put("unsubscribeToken", links.issue(LinkPurpose.UNSUBSCRIBE, subscriber.get()));
        model.put("monthly", service.wantsMonthly(subscriber.get()));
        model.put("token", token);
        model.put("sections", sections.stream().map(section -> section.html(subscriber.get(), token)).toList());
        return pages.render(HttpStatus.OK, "manage", "Your alerts", model);
    }

    @Post(value = "/delete", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    HttpResponse<?> delete(@QueryValue @Nullable String token, @QueryValue long id) {
        Optional<Long> subscriber = links.verify(LinkPurpose.MANAGE, token);
        boolean owned = subscriber.isPresent() && store.find(id).filter(s -> s.subscriberId() == subscriber.get()).isPresent();
        if (!owned) {
            return pages.message(HttpStatus.BAD_REQUEST, "This link does not work", List.of("That alert is not yours to remove."), Map.of());
        }
        service.delete(id);
        return HttpResponse.seeOther(URI.create("/manage?token=" + token));
    }

    /** The monthly "still working" message on or off for the whole address. */
    @Post(value = "/monthly", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    HttpResponse<?> monthly(@QueryValue @Nullable String token, @QueryValue boolean on) {
        Optional<Long> subscriber = links.verify(LinkPurpose.MANAGE, token);
        if (subscriber.isEmpty() || !service.wantMonthly(subscriber.get(), on)) {
            return pages.message(HttpStatus.BAD_REQUEST, "This link does not work",
                    List.of("Links to manage alerts expire after 30 days: use the one in your latest alert."), Map.of());
        }
        return HttpResponse.seeOther(URI.create("/manage?token=" + token));
    }

    static String describe(SubscriptionFilter f) {
        List<String> parts = new ArrayList<>();
        add(parts, "categories", f.categories());
        add(parts, "specialties", f.specialties());
        add(parts, "signals", f.signals());
        add(parts, "buyers", f.buyers());
        add(parts, "regions", f.regions());
        add(parts, "keywords", f.keywords());
        add(parts, "stages", f.stages());
        if (f.minValue() != null) {
            parts.add("value at least £" + f.minValue().toPlainString());
        }
        return parts.isEmpty() ? "every relevant notice" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(name + ": " + String.join(", ", values));
        }
    }
}
