package org.tenderwatch.classifier.classify;

import org.tenderwatch.classifier.classify.rules.Field;
import org.tenderwatch.classifier.classify.rules.Rule;
import org.tenderwatch.classifier.classify.rules.Rules;
import org.tenderwatch.classifier.classify.rules.Specialty;
import org.tenderwatch.events.Cpv;
import org.tenderwatch.events.NoticeFetched;

import java.util.List;
import java.util.Locale;

/** What the rules' phrases, CPV prefixes and categories found in one notice, before conditions are applied. */
final class Evidence {

    private static final List<Field> TEXT_FIELDS = List.of(Field.TITLE, Field.DESCRIPTION, Field.BUYER,
            Field.SUPPLIER, Field.PARTY, Field.PROCEDURE);

    final RuleMatch[] matches;
    final boolean[] specialties;

    private Evidence(int rules, int specialties) {
        this.matches = new RuleMatch[rules];
        this.specialties = new boolean[specialties];
    }

    static Evidence gather(NoticeFetched notice, Rules rules, PhraseIndex index, TextNormaliser normaliser) {
        List<Rule> ruleList = rules.rules();
        Evidence evidence = new Evidence(ruleList.size(), rules.specialties().size());
        NoticeText text = NoticeText.of(notice, normaliser);
        for (Field field : TEXT_FIELDS) {
            double factor = rules.scoring().factor(field);
            List<String> values = text.get(field);
            for (int v = 0; v < values.size(); v++) {
                String within = text.original(field, v);
                index.scan(values.get(v), (entry, matched) -> {
                    if (!entry.fields().contains(field)) {
                        return;
                    }
                    if (entry.specialty()) {
                        evidence.specialties[entry.index()] = true;
                    } else {
                        evidence.record(entry.index(), new RuleMatch(field, matched, within, factor));
                    }
                });
            }
        }
        for (int i = 0; i < ruleList.size(); i++) {
            Rule rule = ruleList.get(i);
            if (rule.cpvPrefixes().isEmpty() && rule.procurementCategories().isEmpty()) {
                continue;
            }
            for (Cpv cpv : notice.cpv()) {
                if (matchesCpv(cpv.code(), rule.cpvPrefixes(), rule.cpvExcluded())) {
                    double factor = cpv.main() ? 1.0 : rules.scoring().additionalCpvFactor();
                    evidence.record(i, new RuleMatch(Field.CPV, cpv.code(), cpv.description(), factor));
                }
            }
            String category = notice.mainProcurementCategory();
            if (category != null && rule.procurementCategories().contains(category.toLowerCase(Locale.ROOT))) {
                evidence.record(i, new RuleMatch(Field.CATEGORY, category, null, 1.0));
            }
        }
        List<Specialty> specialtyList = rules.specialties();
        for (int i = 0; i < specialtyList.size(); i++) {
            for (Cpv cpv : notice.cpv()) {
                if (matchesCpv(cpv.code(), specialtyList.get(i).cpvPrefixes(), List.of())) {
                    evidence.specialties[i] = true;
                }
            }
        }
        return evidence;
    }

    private void record(int rule, RuleMatch match) {
        matches[rule] = matches[rule] == null ? match : matches[rule].better(match);
    }

    static boolean matchesCpv(String code, List<String> prefixes, List<String> excluded) {
        if (code == null) {
            return false;
        }
        for (String prefix : excluded) {
            if (code.startsWith(prefix)) {
                return false;
            }
        }
        for (String prefix : prefixes) {
            if (code.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
