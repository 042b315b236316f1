package org.tenderwatch.notifier.subscriptions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import org.tenderwatch.notifier.limits.ClientAddress;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Map;

/**
 * Public JSON subscribe-by-email. The answer is the same whether or not the address is known, so it reveals
 * nothing about who subscribes; the confirmation mail is the only thing sent until its link is followed, and only
 * within the limits of {@link SubscriptionService#subscribeByEmail}. {@code resubscribeToken} is the one from the
 * page that confirmed an unsubscribe, for an address that wants alerts again; {@code monthlySummary} asks for the monthly
 * "still working" message too (taken for an address that has never confirmed; others change it on the manage page).
 */
@Controller("/api/subscriptions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "public")
class PublicSubscribeController {

    @Serdeable
    record EmailSubscription(@Nullable String email, @Nullable String name, @Nullable SubscriptionFilter filter,
                             @Nullable String cadence, @Nullable Integer digestHour, @Nullable String resubscribeToken,
                             @Nullable Boolean monthlySummary) {
    }

    private final SubscriptionService service;
    private final ClientAddress clients;

    PublicSubscribeController(SubscriptionService service, ClientAddress clients) {
        this.service = service;
        this.clients = clients;
    }

    @Operation(summary = "Subscribe an email address; a confirmation mail with a signed link is sent")
    @Post
    @Status(HttpStatus.ACCEPTED)
    Map<String, String> subscribe(@Body EmailSubscription request, HttpRequest<?> http) {
        service.subscribeByEmail(request.email(), request.name(), request.filter(), request.cadence(), request.digestHour(),
                clients.of(http), request.resubscribeToken(), Boolean.TRUE.equals(request.monthlySummary()));
        return Map.of("status", "confirmation-sent", "message", "Check your inbox for a link to confirm the subscription.");
    }
}
