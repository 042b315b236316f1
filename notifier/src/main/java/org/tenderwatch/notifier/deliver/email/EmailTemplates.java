package org.tenderwatch.notifier.deliver.email;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Mustache templates under {@code templates/email}: {@code .html} ones escape every value for HTML (the library's
 * escaper, not ours), {@code .txt} ones do not escape, because plain text has nothing to escape.
 */
@Singleton
class EmailTemplates {

    private final Map<String, Template> templates = new HashMap<>();

    EmailTemplates() {
        Mustache.Compiler html = Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true);
        Mustache.Compiler text = Mustache.compiler().escapeHTML(false).defaultValue("").emptyStringIsFalse(true);
        for (String name : new String[]{"alert", "digest", "confirm"}) {
            templates.put(name + ".html", load(html, name + ".html"));
            templates.put(name + ".txt", load(text, name + ".txt"));
        }
    }

    String render(String name, Map<String, Object> model) {
        return templates.get(name).execute(model);
    }

    private static Template load(Mustache.Compiler compiler, String name) {
        String path = "templates/email/" + name + ".mustache";
        try (InputStream in = EmailTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + path);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return compiler.compile(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
