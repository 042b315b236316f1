package org.tenderwatch.notifier.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.swagger.v3.oas.annotations.Hidden;
import org.tenderwatch.events.Category;
import org.tenderwatch.notifier.deliver.NoticeSummary;
import org.tenderwatch.notifier.subscriptions.FilterValidator;
import org.tenderwatch.notifier.subscriptions.InvalidField;
import org.tenderwatch.notifier.subscriptions.SubscriptionFilter;
import org.tenderwatch.notifier.subscriptions.SubscriptionService;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The subscribe form: a plain HTML form post, no JavaScript. A mistake shows the form again with what was typed. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class SubscribePage {

    private final Pages pages;
    private final SubscriptionService service;

    SubscribePage(Pages pages, SubscriptionService service) {
        this.pages = pages;
        this.service = service;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> form() {
        return form(HttpStatus.OK, null, null, List.of(), "", "", "", "instant", 7);
    }

    @Post(value = "/subscribe", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> subscribe(@Body @Nullable String body) {
        // Decoded here rather than bound field by field: a ticked checkbox repeats its name once per box.
        Map<String, List<String>> form = new QueryStringDecoder(body == null ? "" : body, StandardCharsets.UTF_8, false).parameters();
        String email = first(form, "email");
        String specialties = first(form, "specialties");
        String regions = first(form, "regions");
        String keywords = first(form, "keywords");
        String cadence = first(form, "cadence");
        Integer digestHour;
        try {
            String hour = first(form, "digestHour");
            digestHour = hour == null || hour.isBlank() ? null : Integer.valueOf(hour.trim());
        } catch (NumberFormatException e) {
            digestHour = -1;
        }
        List<String> ticked = form.getOrDefault("categories", List.of());
        try {
            SubscriptionFilter filter = new SubscriptionFilter(ticked, split(specialties), null, null, split(regions),
                    split(keywords), null, null, null);
            service.subscribeByEmail(FilterValidator.email(email), "", filter, cadence, digestHour);
        } catch (InvalidField e) {
            return form(HttpStatus.BAD_REQUEST, e, email, ticked, specialties, regions, keywords, cadence, digestHour);
        }
        return pages.message(HttpStatus.OK, "Check your inbox",
                List.of("We have sent a mail to " + email.trim() + " with a link to confirm the subscription.",
                        "Nothing else will be sent until you follow it."), Map.of());
    }

    private HttpResponse<String> form(HttpStatus status, @Nullable InvalidField error, @Nullable String email, List<String> ticked,
                                      String specialties, String regions, String keywords, String cadence, Integer digestHour) {
        Map<String, Object> model = new HashMap<>();
        if (error != null) {
            model.put("error", Map.of("field", error.field(), "message", error.getMessage()));
        }
        model.put("email", email == null ? "" : email);
        model.put("categories", Arrays.stream(Category.values()).filter(Category::relevant).map(c -> Map.of(
                "value", c.label(), "label", NoticeSummary.categoryName(c), "checked", ticked.contains(c.label()))).toList());
        model.put("specialties", specialties == null ? "" : specialties);
        model.put("regions", regions == null ? "" : regions);
        model.put("keywords", keywords == null ? "" : keywords);
        model.put("daily", "daily".equals(cadence));
        model.put("digestHour", digestHour == null ? 7 : digestHour);
        return pages.render(status, "subscribe", "Subscribe", model);
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static List<String> split(@Nullable String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split("[,\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
