package org.tenderwatch.classifier.procurement;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a release changed in its procurement's classification, in words a subscriber reads in a follow-up:
 * "category: clinical outsourcing → clinical insourcing", "stage: tender → award".
 */
final class Changes {

    private Changes() {
    }

    static List<String> between(@Nullable Judgement before, Judgement after) {
        if (before == null) {
            return List.of();
        }
        List<String> changes = new ArrayList<>();
        if (before.category() != after.category()) {
            changes.add("category: " + plainWords(before.category()) + " → " + plainWords(after.category()));
        } else if (before.possiblyRelevant() != after.possiblyRelevant()) {
            changes.add(after.possiblyRelevant() ? "now only possibly relevant" : "no longer only possibly relevant");
        }
        if (before.category().relevant() && after.category().relevant()) {
            specialties(before.specialties(), after.specialties(), changes);
        }
        // Said so that nobody reads a change of rules as news about the procurement.
        if (!changes.isEmpty() && !before.rulesVersion().equals(after.rulesVersion())) {
            changes.add("rules: " + before.rulesVersion() + " → " + after.rulesVersion());
        }
        if (before.stage() != after.stage() && before.stage() != Stage.UNKNOWN && after.stage() != Stage.UNKNOWN) {
            changes.add("stage: " + before.stage().label() + " → " + after.stage().label());
        }
        if (after.lifecycle() != null && !Objects.equals(before.lifecycle(), after.lifecycle())) {
            changes.add(before.lifecycle() == null ? "lifecycle: " + after.lifecycle().plainWords()
                    : "lifecycle: " + before.lifecycle().plainWords() + " → " + after.lifecycle().plainWords());
        }
        return changes;
    }

    static String plainWords(Category category) {
        return switch (category) {
            case CLINICAL_INSOURCING -> "clinical insourcing";
            case CLINICAL_OUTSOURCING -> "clinical outsourcing";
            case NONCLINICAL_OUTSOURCING -> "non-clinical outsourcing";
            case NOT_RELEVANT -> "not relevant";
        };
    }

    private static void specialties(List<String> before, List<String> after, List<String> changes) {
        List<String> words = new ArrayList<>();
        after.stream().filter(tag -> !before.contains(tag)).forEach(tag -> words.add(tag + " added"));
        before.stream().filter(tag -> !after.contains(tag)).forEach(tag -> words.add(tag + " removed"));
        if (!words.isEmpty()) {
            changes.add("specialties: " + String.join(", ", words));
        }
    }
}
