package org.tenderwatch.notifier.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.swagger.v3.oas.annotations.Hidden;
import org.tenderwatch.notifier.preview.Preview;
import org.tenderwatch.notifier.preview.PreviewBusy;
import org.tenderwatch.notifier.preview.VolumePreview;
import org.tenderwatch.notifier.security.LinkPurpose;
import org.tenderwatch.notifier.security.SignedLinks;
import org.tenderwatch.notifier.subscriptions.InvalidField;
import org.tenderwatch.notifier.subscriptions.Subscription;
import org.tenderwatch.notifier.subscriptions.SubscriptionFilter;
import org.tenderwatch.notifier.subscriptions.SubscriptionRequest;
import org.tenderwatch.notifier.subscriptions.SubscriptionService;
import org.tenderwatch.notifier.subscriptions.SubscriptionStore;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Change one alert's filter from the manage page, with the same choices as the subscribe form and, before saving,
 * how many alerts the filter being written would have sent in the recent weeks.
 */
@Controller("/manage/edit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ManageEditPage {

    private final Pages pages;
    private final SignedLinks links;
    private final SubscriptionStore store;
    private final SubscriptionService service;
    private final VolumePreview preview;

    ManageEditPage(Pages pages, SignedLinks links, SubscriptionStore store, SubscriptionService service, VolumePreview preview) {
        this.pages = pages;
        this.links = links;
        this.store = store;
        this.service = service;
        this.preview = preview;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(@QueryValue @Nullable String token, @QueryValue long id) {
        Optional<Subscription> owned = owned(token, id);
        if (owned.isEmpty()) {
            return notYours();
        }
        Subscription s = owned.get();
        return page(HttpStatus.OK, token, s, FilterForm.of(s.filter()), s.name(), null, previewOrNull(s.filter()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(@QueryValue @Nullable String token, @QueryValue long id, @Body @Nullable String body) {
        Optional<Subscription> owned = owned(token, id);
        if (owned.isEmpty()) {
            return notYours();
        }
        Subscription s = owned.get();
        Map<String, List<String>> form = new QueryStringDecoder(body == null ? "" : body, StandardCharsets.UTF_8, false).parameters();
        FilterForm filterForm = FilterForm.of(form);
        String name = form.getOrDefault("name", List.of(s.name())).get(0);
        SubscriptionFilter filter = filterForm.filter(s.filter());
        try {
            if ("preview".equals(form.getOrDefault("action", List.of("")).get(0))) {
                return page(HttpStatus.OK, token, s, filterForm, name, null, preview.of(filter));
            }
            service.update(id, new SubscriptionRequest(name, null, null, s.cadence().label(), s.digestHour(), null, filter));
        } catch (InvalidField e) {
            return page(HttpStatus.BAD_REQUEST, token, s, filterForm, name, e, null);
        } catch (PreviewBusy e) {
            return page(HttpStatus.SERVICE_UNAVAILABLE, token, s, filterForm, name, new InvalidField("preview", e.getMessage()), null);
        }
        return HttpResponse.seeOther(URI.create("/manage?token=" + token));
    }

    private Optional<Subscription> owned(@Nullable String token, long id) {
        return links.verify(LinkPurpose.MANAGE, token).flatMap(subscriber -> store.find(id).filter(s -> s.subscriberId() == subscriber));
    }

    /** A preview is a courtesy on this page: when previews are busy the page still opens, without it. */
    private @Nullable Preview previewOrNull(SubscriptionFilter filter) {
        try {
            return preview.of(filter);
        } catch (PreviewBusy | InvalidField e) {
            return null;
        }
    }

    private HttpResponse<String> page(HttpStatus status, String token, Subscription s, FilterForm filter, String name,
                                      @Nullable InvalidField error, @Nullable Preview shown) {
        Map<String, Object> model = new HashMap<>();
        if (error != null) {
            model.put("error", Map.of("field", error.field(), "message", error.getMessage()));
        }
        filter.into(model);
        if (shown != null) {
            model.put("preview", FilterForm.preview(shown));
        }
        model.put("name", name);
        model.put("action", "edit?token=" + token + "&id=" + s.id());
        model.put("back", "../manage?token=" + token);
        return pages.render(status, "edit", "Change an alert", model);
    }

    private HttpResponse<String> notYours() {
        return pages.message(HttpStatus.BAD_REQUEST, "This link does not work", List.of("That alert is not yours to change."), Map.of());
    }
}
