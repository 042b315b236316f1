package org.tenderwatch.notifier.deliver.email;

import jakarta.inject.Singleton;
import org.tenderwatch.notifier.templates.MustacheTemplates;

import java.util.Map;

/**
 * Mustache templates under {@code templates/email}: {@code .html} ones escape every value for HTML, {@code .txt}
 * ones do not, because plain text has nothing to escape.
 */
@Singleton
class EmailTemplates {

    private static final String[] NAMES = {"alert", "digest", "confirm", "monthly"};

    private final MustacheTemplates html = MustacheTemplates.html("email", ".html", NAMES);
    private final MustacheTemplates text = MustacheTemplates.text("email", ".txt", NAMES);

    String html(String name, Map<String, Object> model) {
        return html.render(name, model);
    }

    String text(String name, Map<String, Object> model) {
        return text.render(name, model);
    }
}
