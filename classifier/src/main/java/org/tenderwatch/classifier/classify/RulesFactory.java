package org.tenderwatch.classifier.classify;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.classifier.classify.rules.RulesLoader;

import java.time.Clock;

/** Loads and validates the rules when the service starts, so a broken rules file stops it at once. */
@Factory
class RulesFactory {

    private static final Logger LOG = LoggerFactory.getLogger(RulesFactory.class);

    @Context
    Classifier classifier(RulesSettings settings, Clock clock) {
        Classifier classifier = new Classifier(RulesLoader.load(settings.path()), clock);
        LOG.info("rules version {} loaded from {}", classifier.rulesVersion(),
                settings.path() == null || settings.path().isBlank() ? "the bundled rules" : settings.path());
        return classifier;
    }
}
