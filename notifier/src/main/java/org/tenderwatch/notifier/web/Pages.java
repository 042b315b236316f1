package org.tenderwatch.notifier.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.tenderwatch.layout.PageLayout;
import org.tenderwatch.notifier.templates.MustacheTemplates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders the public pages from Mustache templates; every value is HTML-escaped by the template engine. */
@Singleton
public class Pages {

    private final MustacheTemplates templates = MustacheTemplates.html("pages", "", "subscribe", "message", "manage", "choose", "edit");
    private final PageLayout layout;
    private final List<PageLayout.NavLink> nav;
    private final String home;

    Pages(@Value("${notifier.public-url}") String publicUrl, @Value("${notifier.tracker-url:}") String trackerUrl) {
        this.home = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        // The layout the tracker's pages share; they link to each other when both run.
        this.layout = new PageLayout(home, "alerts about NHS contract notices", false);
        this.nav = trackerUrl.isBlank() ? List.of()
                : List.of(new PageLayout.NavLink(home, "Get alerts", false), new PageLayout.NavLink(trackerUrl, "Search the record", false));
    }

    public MutableHttpResponse<String> render(HttpStatus status, String template, String title, Map<String, Object> model) {
        Map<String, Object> values = new HashMap<>(model);
        values.put("home", home);
        String body = templates.render(template, values);
        String page = layout.render(title, body, nav);
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                // Never framed by another site (clickjacking on the subscribe and unsubscribe buttons).
                .header("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
                .header("X-Frame-Options", "DENY").header("X-Content-Type-Options", "nosniff")
                .body(page);
    }

    /** A page that offers choices (radio buttons) and posts the one chosen as {@code field} to {@code action}. */
    public MutableHttpResponse<String> choose(String title, List<String> paragraphs, String action, String field,
                                              List<Map<String, String>> options, String button) {
        return render(HttpStatus.OK, "choose", title, Map.of("title", title, "paragraphs", paragraphs, "action", action,
                "field", field, "options", options, "button", button));
    }

    /** The answer to a link that is not genuine, is for something else, or has expired. */
    public MutableHttpResponse<String> invalidLink(String hint) {
        return message(HttpStatus.BAD_REQUEST, "This link does not work", List.of("It may be incomplete or out of date. " + hint), Map.of());
    }

    /** A page that says one thing, optionally with one button that posts (one-click unsubscribe) and one link. */
    public MutableHttpResponse<String> message(HttpStatus status, String title, List<String> paragraphs, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("title", title);
        model.put("paragraphs", paragraphs);
        return render(status, "message", title, model);
    }
}
