package org.tenderwatch.notifier.subscriptions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
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
 * nothing about who subscribes; the confirmation mail is the only thing sent until its link is followed.
 */
@Controller("/api/subscriptions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "public")
class PublicSubscribeController {

    @Serdeable
    record EmailSubscription(@Nullable String email, @Nullable String name, @Nullable SubscriptionFilter filter,
                             @Nullable String cadence, @Nullable Integer digestHour) {
    }

    private final SubscriptionService service;

    PublicSubscribeController(SubscriptionService service) {
        this.service = service;
    }

    @Operation(summary = "Subscribe an email address; a confirmation mail with a signed link is sent")
    @Post
    @Status(HttpStatus.ACCEPTED)
    Map<String, String> subscribe(@Body EmailSubscription request) {
        service.subscribeByEmail(FilterValidator.email(request.email()), request.name(), request.filter(), request.cadence(),
                request.digestHour());
        return Map.of("status", "confirmation-sent", "message", "Check your inbox for a link to confirm the subscription.");
    }
}
