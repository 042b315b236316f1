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
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import org.tenderwatch.notifier.limits.ClientAddress;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import org.tenderwatch.notifier.security.FormTokens;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.swagger.v3.oas.annotations.Hidden;
import org.tenderwatch.notifier.digest.DigestSettings;
import org.tenderwatch.notifier.preview.Preview;
import org.tenderwatch.notifier.preview.PreviewBusy;
import org.tenderwatch.notifier.preview.VolumePreview;
import org.tenderwatch.notifier.subscriptions.InvalidField;
import org.tenderwatch.notifier.subscriptions.SubscriptionFilter;
import org.tenderwatch.notifier.subscriptions.SubscriptionService;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The subscribe form: a plain HTML form post, no JavaScript. A mistake shows the form again with what was typed.
 * A post counts only with the form's own token and cookie ({@link FormTokens}), so another site cannot subscribe
 * its visitors' addresses through their browsers; {@code resubscribe} carries the token of the page that confirmed
 * an unsubscribe, for someone who wants alerts again.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class SubscribePage {

    private final Pages pages;
    private final SubscriptionService service;
    private final FormTokens formTokens;
    private final ClientAddress clients;
    private final boolean secureCookie;
    private final DigestSettings digests;
    private final VolumePreview preview;

    SubscribePage(Pages pages, SubscriptionService service, FormTokens formTokens, ClientAddress clients,
                  @Value("${notifier.public-url}") String publicUrl, DigestSettings digests, VolumePreview preview) {
        this.digests = digests;
        this.preview = preview;
        this.pages = pages;
        this.service = service;
        this.formTokens = formTokens;
        this.clients = clients;
        this.secureCookie = publicUrl.startsWith("https:");
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> form(@QueryValue @Nullable String resubscribe) {
        return form(HttpStatus.OK, null, null, FilterForm.empty(), "instant", 7, false, resubscribe, null);
    }

    @Post(value = "/subscribe", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> subscribe(@Body @Nullable String body, HttpRequest<?> request) {
        // Decoded here rather than bound field by field: a ticked checkbox repeats its name once per box.
        Map<String, List<String>> form = new QueryStringDecoder(body == null ? "" : body, StandardCharsets.UTF_8, false).parameters();
        String email = first(form, "email");
        FilterForm filterForm = FilterForm.of(form);
        String cadence = first(form, "cadence");
        String resubscribe = first(form, "resubscribe");
        boolean monthly = "on".equals(first(form, "monthly"));
        Integer digestHour;
        try {
            String hour = first(form, "digestHour");
            digestHour = hour == null || hour.isBlank() ? null : Integer.valueOf(hour.trim());
        } catch (NumberFormatException e) {
            digestHour = -1;
        }
        String cookie = request.getCookies().findCookie(FormTokens.COOKIE).map(Cookie::getValue).orElse(null);
        boolean crossSite = "cross-site".equalsIgnoreCase(request.getHeaders().get("Sec-Fetch-Site"));
        if (crossSite || !formTokens.verify(cookie, first(form, FormTokens.FIELD))) {
            return form(HttpStatus.FORBIDDEN, new InvalidField("form", "this form has expired or was sent from another site:"
                    + " check what you typed and send it again"), email, filterForm, cadence, digestHour, monthly, resubscribe, null);
        }
        try {
            SubscriptionFilter filter = filterForm.filter(null);
            if ("preview".equals(first(form, "action"))) {
                // Know before you subscribe: the same form again, filled in, with what it would have sent.
                return form(HttpStatus.OK, null, email, filterForm, cadence, digestHour, monthly, resubscribe, preview.of(filter));
            }
            service.subscribeByEmail(email, "", filter, cadence, digestHour, clients.of(request), resubscribe, monthly);
        } catch (InvalidField e) {
            return form(HttpStatus.BAD_REQUEST, e, email, filterForm, cadence, digestHour, monthly, resubscribe, null);
        } catch (PreviewBusy e) {
            return form(HttpStatus.SERVICE_UNAVAILABLE, new InvalidField("preview", e.getMessage()), email, filterForm, cadence,
                    digestHour, monthly, resubscribe, null);
        }
        return pages.message(HttpStatus.OK, "Check your inbox",
                List.of("If " + email.trim() + " can receive alerts, a mail with a link to confirm the subscription is on its way.",
                        "Nothing else will be sent until you follow it."), Map.of());
    }

    private HttpResponse<String> form(HttpStatus status, @Nullable InvalidField error, @Nullable String email, FilterForm filter,
                                      String cadence, Integer digestHour, boolean monthly, @Nullable String resubscribe,
                                      @Nullable Preview shown) {
        Map<String, Object> model = new HashMap<>();
        if (error != null) {
            model.put("error", Map.of("field", error.field(), "message", error.getMessage()));
        }
        model.put("email", email == null ? "" : email);
        filter.into(model);
        if (shown != null) {
            model.put("preview", FilterForm.preview(shown));
        }
        model.put("daily", "daily".equals(cadence));
        model.put("weekly", "weekly".equals(cadence));
        model.put("digest", "daily".equals(cadence) || "weekly".equals(cadence));
        model.put("weeklyDay", digests.weeklyDay().getDisplayName(TextStyle.FULL, Locale.UK));
        model.put("digestHour", digestHour == null ? 7 : digestHour);
        model.put("resubscribe", resubscribe == null ? "" : resubscribe);
        model.put("monthly", monthly);
        FormTokens.Pair token = formTokens.issue();
        model.put("formToken", token.field());
        return pages.render(status, "subscribe", "Subscribe", model)
                .cookie(Cookie.of(FormTokens.COOKIE, token.cookie()).httpOnly(true).secure(secureCookie).path("/")
                        .sameSite(SameSite.Strict).maxAge(Duration.ofHours(12)));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
