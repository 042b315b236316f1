package org.tenderwatch.classifier.classify.rules;

import org.tenderwatch.events.Category;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code specialties:} block: tag name to phrases, CPV prefixes and the categories it is given to. */
final class SpecialtyReader {

    private SpecialtyReader() {
    }

    static List<Specialty> read(YamlMap map) {
        List<Specialty> specialties = new ArrayList<>();
        for (String name : map.keys()) {
            YamlMap entry = map.map(name);
            entry.onlyKeys(Set.of("phrases", "cpv", "categories"));
            specialties.add(new Specialty(name, entry.strings("phrases"), entry.strings("cpv"), categories(entry)));
        }
        return specialties;
    }

    /** Clinical tags by default: the labels give specialties to clinical notices only. */
    private static Set<Category> categories(YamlMap entry) {
        if (!entry.has("categories")) {
            return Set.of(Category.CLINICAL_INSOURCING, Category.CLINICAL_OUTSOURCING);
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String label : entry.strings("categories")) {
            try {
                categories.add(Category.fromLabel(label));
            } catch (IllegalArgumentException e) {
                throw new RulesException(entry.path() + ".categories: " + e.getMessage(), e);
            }
        }
        return Set.copyOf(categories);
    }
}
