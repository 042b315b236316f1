package org.tenderwatch.classifier.procurement;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The distinct descriptions of a procurement. Award and amendment notices often repeat the tender's description, or
 * extend it with boilerplate (the Provider Selection Regime's): a text already contained in a known one is not kept
 * again, and a known text that a new one contains is replaced by it, while there is room.
 */
final class Descriptions {

    private Descriptions() {
    }

    static List<String> with(List<String> known, @Nullable String description) {
        if (description == null || description.isBlank()) {
            return known;
        }
        String text = Bounds.cut(description.strip(), Bounds.DESCRIPTION_CHARS);
        int total = 0;
        for (String other : known) {
            if (other.contains(text)) {
                return known;
            }
            total += other.length();
        }
        List<String> more = new ArrayList<>(known);
        for (int i = 0; i < more.size(); i++) {
            if (text.contains(more.get(i))) {
                if (total - more.get(i).length() + text.length() > Bounds.DESCRIPTION_CHARS) {
                    return known;
                }
                more.set(i, text);
                return more;
            }
        }
        if (more.size() >= Bounds.DESCRIPTIONS || total + text.length() > Bounds.DESCRIPTION_CHARS) {
            return known;
        }
        more.add(text);
        return more;
    }
}
