package org.tenderwatch.layout;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Wraps a page body, already rendered with every value escaped, in the shared layout. The stylesheet is inline
 * so that a strict Content-Security-Policy ({@code default-src 'none'; style-src 'unsafe-inline'}) is enough.
 */
public final class PageLayout {

    /** A link in the header; {@code current} marks the page being shown ({@code aria-current}). */
    public record NavLink(String href, String text, boolean current) {
    }

    private static final Template LAYOUT = load("templates/layout/layout.mustache");

    private final String home;
    private final String tagline;
    private final boolean wide;

    /**
     * @param home    the service's public address, where the "Tender Watch" heading links to
     * @param tagline what the service is for, after the name
     * @param wide    pages with tables use the width of a desktop screen; forms read better narrow
     */
    public PageLayout(String home, String tagline, boolean wide) {
        this.home = home;
        this.tagline = tagline;
        this.wide = wide;
    }

    public String render(String title, String body, List<NavLink> nav) {
        return LAYOUT.execute(Map.of("title", title, "body", body, "home", home, "tagline", tagline,
                "wide", wide, "nav", nav, "hasNav", !nav.isEmpty()));
    }

    public String render(String title, String body) {
        return render(title, body, List.of());
    }

    private static Template load(String path) {
        try (InputStream in = PageLayout.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + path);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true).compile(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + path, e);
        }
    }
}
