package org.tenderwatch.notifier.subscriptions;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tenderwatch.notifier.deliver.Channels;

import java.util.List;

/** Admin API for subscriptions; {@code /admin/**} needs the bearer token (see AdminTokenFilter). */
@Controller("/admin/subscriptions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "admin")
@SecurityRequirement(name = "adminToken")
class AdminSubscriptionController {

    private final SubscriptionService service;
    private final SubscriptionStore store;
    private final Channels channels;

    AdminSubscriptionController(SubscriptionService service, SubscriptionStore store, Channels channels) {
        this.service = service;
        this.store = store;
        this.channels = channels;
    }

    @Operation(summary = "Create a subscription for an email address or a Slack webhook")
    @Post
    @Status(HttpStatus.CREATED)
    SubscriptionView create(@Body SubscriptionRequest request) {
        return view(service.create(request));
    }

    @Operation(summary = "List every subscription (webhook URLs are never shown)")
    @Get
    List<SubscriptionView> list() {
        return store.list().stream().map(this::view).toList();
    }

    @Operation(summary = "One subscription")
    @Get("/{id}")
    HttpResponse<SubscriptionView> show(long id) {
        return store.find(id).map(s -> HttpResponse.ok(view(s))).orElseGet(HttpResponse::notFound);
    }

    @Operation(summary = "Change a subscription's name, filter and cadence (not its channel or address)")
    @Put("/{id}")
    HttpResponse<SubscriptionView> update(long id, @Body SubscriptionRequest request) {
        return service.update(id, request).map(s -> HttpResponse.ok(view(s))).orElseGet(HttpResponse::notFound);
    }

    @Operation(summary = "Delete a subscription")
    @Delete("/{id}")
    HttpResponse<Void> delete(long id) {
        return service.delete(id) ? HttpResponse.noContent() : HttpResponse.notFound();
    }

    private SubscriptionView view(Subscription s) {
        return SubscriptionView.of(s, channels.named(s.channel()).shown(s.recipient()));
    }
}
