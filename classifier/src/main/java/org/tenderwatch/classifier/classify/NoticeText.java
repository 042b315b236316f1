package org.tenderwatch.classifier.classify;

import org.tenderwatch.classifier.classify.rules.Field;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.NoticeFetched;
import org.tenderwatch.events.Organisation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The normalised text of each field of a notice. Organisations are matched one by one, each as its name followed
 * by its identifier scheme ("gb nhs", "gb coh"), so that a rule can recognise a body by name or by register.
 */
record NoticeText(Map<Field, List<String>> texts, Map<Field, List<String>> originals) {

    static NoticeText of(NoticeFetched notice, TextNormaliser normaliser) {
        Map<Field, List<String>> texts = new EnumMap<>(Field.class);
        Map<Field, List<String>> originals = new EnumMap<>(Field.class);
        put(texts, Field.TITLE, normaliser, notice.title());
        put(texts, Field.DESCRIPTION, normaliser, notice.description());
        put(texts, Field.PROCEDURE, normaliser, notice.procurementMethodDetails(), notice.procurementMethod(),
                notice.noticeType());
        Set<Organisation> buyers = new LinkedHashSet<>();
        Set<Organisation> suppliers = new LinkedHashSet<>();
        Set<Organisation> others = new LinkedHashSet<>();
        if (notice.buyer() != null) {
            buyers.add(notice.buyer());
        }
        for (Award award : notice.awards()) {
            suppliers.addAll(award.suppliers());
        }
        for (Organisation party : notice.parties()) {
            if (party.roles().contains("buyer") || party.roles().contains("procuringEntity")) {
                buyers.add(party);
            } else if (party.roles().contains("supplier")) {
                suppliers.add(party);
            } else {
                others.add(party);
            }
        }
        organisations(Field.BUYER, buyers, normaliser, texts, originals);
        organisations(Field.SUPPLIER, suppliers, normaliser, texts, originals);
        organisations(Field.PARTY, others, normaliser, texts, originals);
        return new NoticeText(texts, originals);
    }

    List<String> get(Field field) {
        return texts.getOrDefault(field, List.of());
    }

    private static void put(Map<Field, List<String>> texts, Field field, TextNormaliser normaliser, String... values) {
        List<String> normalised = new ArrayList<>(values.length);
        for (String value : values) {
            String text = normaliser.normalise(value);
            if (!text.isEmpty()) {
                normalised.add(text);
            }
        }
        texts.put(field, normalised);
    }

    /** The organisation's name as published, for reasons; null for title, description and procedure. */
    String original(Field field, int i) {
        List<String> names = originals.get(field);
        return names == null ? null : names.get(i);
    }

    private static void organisations(Field field, Set<Organisation> organisations, TextNormaliser normaliser,
                                      Map<Field, List<String>> texts, Map<Field, List<String>> originals) {
        List<String> normalised = new ArrayList<>(organisations.size());
        List<String> names = new ArrayList<>(organisations.size());
        for (Organisation organisation : organisations) {
            String name = join(organisation.name(), organisation.identifierScheme());
            String text = normaliser.normalise(name);
            if (!text.isEmpty()) {
                normalised.add(text);
                names.add(organisation.name() == null ? name : organisation.name());
            }
        }
        texts.put(field, normalised);
        originals.put(field, names);
    }

    private static String join(String name, String scheme) {
        if (scheme == null) {
            return name;
        }
        return name == null ? scheme : name + " " + scheme;
    }
}
