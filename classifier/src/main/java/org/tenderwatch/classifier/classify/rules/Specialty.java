package org.tenderwatch.classifier.classify.rules;

import org.tenderwatch.events.Category;

import java.util.List;
import java.util.Set;

/**
 * A specialty or service tag from the labels vocabulary, found by its words in title/description or by CPV code,
 * and given only to notices of one of its {@code categories} (clinical ones unless the file says otherwise).
 */
public record Specialty(String name, List<String> phrases, List<String> cpvPrefixes, Set<Category> categories) {
}
