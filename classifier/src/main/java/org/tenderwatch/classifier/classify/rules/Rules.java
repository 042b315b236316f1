package org.tenderwatch.classifier.classify.rules;

import java.util.List;
import java.util.Map;

/**
 * The rules file, loaded and validated.
 *
 * @param version      written into every classification, so a result can be traced to the rules that made it
 * @param derived      signals that stand for any one of several others ({@code health: [health-buyer, psr]})
 * @param joinPrefixes word prefixes that a hyphen joins rather than separates ("in-sourced" = "insourced")
 */
public record Rules(String version, Scoring scoring, List<String> joinPrefixes, Map<String, List<String>> derived,
                    List<Rule> rules, List<Specialty> specialties) {
}
