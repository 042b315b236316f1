package org.tenderwatch.notifier.mute;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import org.tenderwatch.notifier.security.LinkPurpose;
import org.tenderwatch.notifier.security.SignedLinks;
import org.tenderwatch.notifier.subscriptions.InvalidField;
import org.tenderwatch.notifier.templates.MustacheTemplates;
import org.tenderwatch.notifier.web.ManageSection;
import org.tenderwatch.notifier.web.Pages;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The manage page's mutes and snooze: listed with a button to undo each, and forms to add them. */
@Controller("/manage")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class ManageMutes implements ManageSection {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    static final List<Integer> SNOOZE_DAYS = List.of(1, 3, 7, 14, 30, 90);

    private final MustacheTemplates templates = MustacheTemplates.html("pages", "", "mutes");
    private final Pages pages;
    private final SignedLinks links;
    private final MuteService service;

    ManageMutes(Pages pages, SignedLinks links, MuteService service) {
        this.pages = pages;
        this.links = links;
        this.service = service;
    }

    @Override
    public String html(long subscriberId, String manageToken) {
        List<MuteRow> mutes = service.mutes(subscriberId);
        return templates.render("mutes", Map.of(
                "token", manageToken,
                "hasMutes", !mutes.isEmpty(),
                "mutes", mutes.stream().map(m -> Map.of("id", m.id(), "kind", m.kind(), "label", m.label())).toList(),
                "snoozedUntil", service.snoozedUntil(subscriberId).map(UNTIL::format).orElse(""),
                "days", SNOOZE_DAYS.stream().map(d -> Map.of("value", d, "label", d == 1 ? "1 day" : d + " days")).toList()));
    }

    @Post(value = "/mute", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> mute(@QueryValue @Nullable String token, @Body Map<String, String> form) {
        return asSubscriber(token, subscriber -> {
            MuteKind kind = MuteKind.fromLabel(form.getOrDefault("kind", ""))
                    .orElseThrow(() -> new InvalidField("kind", "one of buyer, supplier, procurement"));
            service.mute(subscriber, kind, form.get("value"));
        });
    }

    @Post(value = "/unmute", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    HttpResponse<?> unmute(@QueryValue @Nullable String token, @QueryValue long id) {
        return asSubscriber(token, subscriber -> service.unmute(subscriber, id));
    }

    @Post(value = "/snooze", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> snooze(@QueryValue @Nullable String token, @Body Map<String, String> form) {
        return asSubscriber(token, subscriber -> {
            int days;
            try {
                days = Integer.parseInt(form.getOrDefault("days", ""));
            } catch (NumberFormatException e) {
                throw new InvalidField("days", "a number of days");
            }
            service.snooze(subscriber, Duration.ofDays(days));
        });
    }

    @Post(value = "/wake", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    HttpResponse<?> wake(@QueryValue @Nullable String token) {
        return asSubscriber(token, service::wake);
    }

    private interface Change {
        void apply(long subscriberId);
    }

    /** Does the change for the link's subscriber, then shows the manage page again; a bad value gets a clear 400. */
    private HttpResponse<?> asSubscriber(@Nullable String token, Change change) {
        Optional<Long> subscriber = links.verify(LinkPurpose.MANAGE, token);
        if (subscriber.isEmpty()) {
            return pages.invalidLink("Links to manage alerts expire after 30 days: use the one in your latest alert.");
        }
        try {
            change.apply(subscriber.get());
        } catch (InvalidField e) {
            return pages.message(HttpStatus.BAD_REQUEST, "Not changed", List.of(e.field() + ": " + e.getMessage()),
                    Map.of("link", Map.of("href", "../manage?token=" + token, "text", "Back to your alerts")));
        }
        return HttpResponse.seeOther(URI.create("/manage?token=" + token));
    }
}
