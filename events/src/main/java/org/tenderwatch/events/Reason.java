package org.tenderwatch.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One rule that fired, readable by a person: "title contains 'insourced' +6".
 *
 * @param rule    the rule's name in the rules file
 * @param field   where it matched: title, description, buyer, supplier, cpv…
 * @param matched the text (or code) it matched, as it appears in the notice
 * @param weight  what it added to (or, negative, took from) the category's score
 * @param explanation the sentence shown to people
 */
@Serdeable
public record Reason(String rule, String field, @Nullable String matched, double weight, String explanation) {
}
