package org.tenderwatch.notifier.preview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tenderwatch.notifier.subscriptions.SubscriptionFilter;

import java.util.Map;

/** The volume preview for anyone writing a filter, as JSON (the subscribe and manage pages show the same). */
@Controller("/api/subscriptions/preview")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "public")
class PreviewController {

    /** The filter being written: the same object as a subscription's {@code filter}. */
    @Serdeable
    record PreviewRequest(@Nullable SubscriptionFilter filter) {
    }

    private final VolumePreview preview;

    PreviewController(VolumePreview preview) {
        this.preview = preview;
    }

    @Operation(summary = "How many alerts a filter would have produced per week over the recent weeks, before subscribing")
    @Post
    Preview preview(@Body PreviewRequest request) {
        return preview.of(request.filter());
    }

    @Error(exception = PreviewBusy.class)
    HttpResponse<Map<String, String>> busy(HttpRequest<?> request, PreviewBusy e) {
        return HttpResponse.<Map<String, String>>status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "2")
                .body(Map.of("error", "busy", "message", e.getMessage()));
    }
}
