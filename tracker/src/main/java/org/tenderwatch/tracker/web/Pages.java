package org.tenderwatch.tracker.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import org.tenderwatch.layout.PageLayout;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the tracker's pages: a template from {@code templates/tracker/}, every value HTML-escaped by the template
 * engine, inside the layout the notifier's pages use too. No script runs on any page.
 */
@Singleton
public class Pages {

    /** Which navigation link is the page shown. */
    public enum Section { SEARCH, SUMMARY, OTHER }

    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true);
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final PageLayout layout;
    private final TrackerSettings config;

    Pages(TrackerSettings config) {
        this.config = config;
        this.layout = new PageLayout("/", "the public record of NHS contracts", true);
    }

    public HttpResponse<String> render(HttpStatus status, Section section, String template, String title, Map<String, Object> model) {
        List<PageLayout.NavLink> nav = new ArrayList<>();
        nav.add(new PageLayout.NavLink("/", "Search", section == Section.SEARCH));
        nav.add(new PageLayout.NavLink("/summary", "Summary", section == Section.SUMMARY));
        if (config.alertsUrl() != null && !config.alertsUrl().isBlank()) {
            nav.add(new PageLayout.NavLink(config.alertsUrl(), "Get alerts", false));
        }
        String body = template(template).execute(model);
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE + ";charset=utf-8")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .body(layout.render(title, body, nav));
    }

    public HttpResponse<String> problem(HttpStatus status, String title, String message) {
        return render(status, Section.OTHER, "problem", title, Map.of("title", title, "message", message));
    }

    private Template template(String name) {
        return templates.computeIfAbsent(name, n -> load("templates/tracker/" + n + ".mustache"));
    }

    private Template load(String path) {
        try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + path);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return compiler.compile(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + path, e);
        }
    }
}
