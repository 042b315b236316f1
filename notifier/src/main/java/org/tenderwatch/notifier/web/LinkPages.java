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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tenderwatch.notifier.security.LinkPurpose;
import org.tenderwatch.notifier.security.SignedLinks;
import org.tenderwatch.notifier.subscriptions.SubscriptionService;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages behind the signed links in mails. Confirming and unsubscribing take a POST from a button on the page the
 * link opens: mail scanners follow GET links, and must neither confirm a subscription someone else asked for nor end
 * one. RFC 8058 has mail clients POST {@code List-Unsubscribe=One-Click} to the unsubscribe URL itself.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "public")
class LinkPages {

    private final Pages pages;
    private final SignedLinks links;
    private final SubscriptionService service;

    LinkPages(Pages pages, SignedLinks links, SubscriptionService service) {
        this.pages = pages;
        this.links = links;
        this.service = service;
    }

    @Operation(summary = "Confirmation landing page (the link in the confirmation mail) with a button that confirms")
    @Get(value = "/confirm", produces = MediaType.TEXT_HTML)
    HttpResponse<String> confirmPage(@QueryValue @Nullable String token) {
        return landing(LinkPurpose.CONFIRM, token, "Confirm your alert", "One click and alerts will start coming to you.",
                "confirm", "Confirm");
    }

    @Operation(summary = "Confirm a subscription (the button on the confirmation page)")
    @Post(value = "/confirm", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL}, produces = MediaType.TEXT_HTML)
    HttpResponse<String> confirm(@QueryValue @Nullable String token) {
        Optional<Long> subscription = links.verify(LinkPurpose.CONFIRM, token);
        if (subscription.isEmpty() || !service.confirm(subscription.get())) {
            // Includes a subscription an unsubscribe ended: its link is older than the unsubscribe and must not undo it.
            return invalid();
        }
        return pages.message(HttpStatus.OK, "Subscription confirmed",
                List.of("Alerts will now come to you. Every mail has a link to manage or stop them."), Map.of());
    }

    @Operation(summary = "Unsubscribe landing page with a one-click button")
    @Get(value = "/unsubscribe", produces = MediaType.TEXT_HTML)
    HttpResponse<String> unsubscribePage(@QueryValue @Nullable String token) {
        return landing(LinkPurpose.UNSUBSCRIBE, token, "Stop these alerts?", "One click and nothing more will be sent to you.",
                "unsubscribe", "Unsubscribe");
    }

    @Operation(summary = "One-click unsubscribe (RFC 8058): POST List-Unsubscribe=One-Click")
    @Post(value = "/unsubscribe", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN, MediaType.ALL},
            produces = MediaType.TEXT_HTML)
    HttpResponse<String> unsubscribe(@QueryValue @Nullable String token) {
        Optional<Long> subscriber = links.verify(LinkPurpose.UNSUBSCRIBE, token);
        if (subscriber.isEmpty()) {
            return invalid();
        }
        service.unsubscribe(subscriber.get());
        // The way back for this address: no confirmation mail goes to it again unless asked from this page.
        String again = "./?resubscribe=" + links.issue(LinkPurpose.RESUBSCRIBE, subscriber.get());
        return pages.message(HttpStatus.OK, "Unsubscribed", List.of("You will get no more alerts from Tender Watch.",
                        "Nothing will be sent to this address again, not even a confirmation, unless you subscribe again from this page."),
                Map.of("link", Map.of("href", again, "text", "Subscribe again")));
    }

    /** What a link opens: a button that posts the same token back, when the token is genuine. */
    private HttpResponse<String> landing(LinkPurpose purpose, @Nullable String token, String title, String text, String action,
                                         String button) {
        if (links.verify(purpose, token).isEmpty()) {
            return invalid();
        }
        return pages.message(HttpStatus.OK, title, List.of(text), Map.of("form", Map.of("action", action + "?token=" + token, "button", button)));
    }

    private HttpResponse<String> invalid() {
        return pages.message(HttpStatus.BAD_REQUEST, "This link does not work",
                List.of("It may be incomplete or out of date. Links to confirm expire after a week."), Map.of());
    }
}
