package org.tenderwatch.notifier.mute;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tenderwatch.notifier.security.LinkPurpose;
import org.tenderwatch.notifier.security.SignedLinks;
import org.tenderwatch.notifier.web.Pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages behind an alert's mute links (/mute/buyer, /mute/supplier, /mute/procurement). Opening one mutes
 * nothing (mail scanners open links); its button does, and the page that confirms it links to where it is undone.
 */
@Controller("/mute")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "public")
class MutePages {

    private static final String HINT = "Mute links work for 90 days after the alert; the manage page in any alert works too.";

    private final Pages pages;
    private final SignedLinks links;
    private final MuteService service;

    MutePages(Pages pages, SignedLinks links, MuteService service) {
        this.pages = pages;
        this.links = links;
        this.service = service;
    }

    @Operation(summary = "Landing page of an alert's mute link: what would be muted, with a button (a choice of suppliers)")
    @Get(value = "/{kind}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(@PathVariable String kind, @QueryValue @Nullable String token) {
        Optional<MuteService.Target> target = target(kind, token);
        if (target.isEmpty()) {
            return pages.invalidLink(HINT);
        }
        MuteService.Target t = target.get();
        String action = t.kind().label() + "?token=" + token;
        if (t.kind() == MuteKind.PROCUREMENT) {
            return pages.message(HttpStatus.OK, "Mute this procurement?", List.of("No more alerts about " + t.names().get(1)
                    + ", whatever happens next. You can undo it from your alerts page."), Map.of("form", Map.of("action", action, "button", "Mute")));
        }
        List<Map<String, String>> options = new ArrayList<>();
        for (int i = 0; i < t.names().size(); i++) {
            options.add(Map.of("value", String.valueOf(i), "label", t.names().get(i)));
        }
        return pages.choose("Mute this " + t.kind().words() + "?",
                List.of("No more alerts about notices that name this " + t.kind().words() + ". You can undo it from your alerts page."),
                action, "index", options, "Mute");
    }

    @Operation(summary = "Mute what an alert's mute link names (the button on its page)")
    @Post(value = "/{kind}", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL}, produces = MediaType.TEXT_HTML)
    HttpResponse<String> mute(@PathVariable String kind, @QueryValue @Nullable String token, @Body @Nullable Map<String, String> form) {
        Optional<MuteService.Target> target = target(kind, token);
        if (target.isEmpty()) {
            return pages.invalidLink(HINT);
        }
        int index;
        try {
            index = form == null || form.get("index") == null ? 0 : Integer.parseInt(form.get("index"));
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (!service.muteFromAlert(target.get(), index)) {
            return pages.message(HttpStatus.BAD_REQUEST, "Nothing muted",
                    List.of("Choose one of the names on the page, or remove a few mutes first: one address may have " + MuteService.MAX_MUTES + "."),
                    Map.of());
        }
        String manage = "../manage?token=" + links.issue(LinkPurpose.MANAGE, target.get().subscriberId());
        return pages.message(HttpStatus.OK, "Muted", List.of("You will get no more alerts about it."),
                Map.of("link", Map.of("href", manage, "text", "See or undo your mutes")));
    }

    private Optional<MuteService.Target> target(String kind, @Nullable String token) {
        return MuteKind.fromLabel(kind).flatMap(k -> links.verify(purpose(k), token).flatMap(alert -> service.target(alert, k)));
    }

    private static LinkPurpose purpose(MuteKind kind) {
        return switch (kind) {
            case BUYER -> LinkPurpose.MUTE_BUYER;
            case SUPPLIER -> LinkPurpose.MUTE_SUPPLIER;
            case PROCUREMENT -> LinkPurpose.MUTE_PROCUREMENT;
        };
    }
}
