package org.tenderwatch.notifier.templates;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Templates {@code templates/<folder>/<name><suffix>.mustache}, compiled at startup so that a missing or broken one
 * stops the service at once. HTML ones escape every {@code {{value}}} with the library's escaper, not ours.
 */
public final class MustacheTemplates {

    private final Map<String, Template> templates = new HashMap<>();

    private MustacheTemplates(Mustache.Compiler compiler, String folder, String suffix, String... names) {
        for (String name : names) {
            templates.put(name, load(compiler, "templates/" + folder + "/" + name + suffix + ".mustache"));
        }
    }

    /** Values are HTML-escaped. */
    public static MustacheTemplates html(String folder, String suffix, String... names) {
        return new MustacheTemplates(compiler().escapeHTML(true), folder, suffix, names);
    }

    /** Plain text has nothing to escape. */
    public static MustacheTemplates text(String folder, String suffix, String... names) {
        return new MustacheTemplates(compiler().escapeHTML(false), folder, suffix, names);
    }

    public String render(String name, Object model) {
        Template template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("no template " + name + " among " + templates.keySet());
        }
        return template.execute(model);
    }

    private static Mustache.Compiler compiler() {
        return Mustache.compiler().defaultValue("").emptyStringIsFalse(true);
    }

    private static Template load(Mustache.Compiler compiler, String path) {
        try (InputStream in = MustacheTemplates.class.getClassLoader().getResourceAsStream(path)) {
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
