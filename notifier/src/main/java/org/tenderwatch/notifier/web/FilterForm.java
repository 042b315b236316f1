package org.tenderwatch.notifier.web;

import io.micronaut.core.annotation.Nullable;
import org.tenderwatch.events.Category;
import org.tenderwatch.events.Vocabulary;
import org.tenderwatch.notifier.deliver.NoticeSummary;
import org.tenderwatch.notifier.preview.Preview;
import org.tenderwatch.notifier.subscriptions.SubscriptionFilter;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filter fields of the subscribe and change-an-alert forms: categories, specialties and signals as choices from
 * the shared vocabulary, regions and keywords as text; read from a posted form and rendered back as it was.
 */
record FilterForm(List<String> categories, List<String> specialties, List<String> signals, String regions, String keywords) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    static FilterForm empty() {
        return new FilterForm(List.of(), List.of(), List.of(), "", "");
    }

    /** From a decoded form: a ticked box repeats its name once per box; older forms sent specialties comma-separated. */
    static FilterForm of(Map<String, List<String>> form) {
        return new FilterForm(form.getOrDefault("categories", List.of()), split(form.getOrDefault("specialties", List.of())),
                split(form.getOrDefault("signals", List.of())), first(form, "regions"), first(form, "keywords"));
    }

    static FilterForm of(SubscriptionFilter filter) {
        return new FilterForm(filter.categories(), filter.specialties(), filter.signals(), String.join(", ", filter.regions()),
                String.join(", ", filter.keywords()));
    }

    /** The filter as typed; the other fields of {@code kept} (buyers, stages, minimums) are kept as they were. */
    SubscriptionFilter filter(@Nullable SubscriptionFilter kept) {
        SubscriptionFilter k = kept == null ? SubscriptionFilter.anything() : kept;
        return new SubscriptionFilter(categories, specialties, signals, k.buyers(), split(List.of(regions)), split(List.of(keywords)),
                k.stages(), k.minValue(), k.minConfidence());
    }

    /** The model the templates' filter fields read. */
    void into(Map<String, Object> model) {
        model.put("categories", Arrays.stream(Category.values()).filter(Category::relevant).map(c -> Map.of(
                "value", c.label(), "label", NoticeSummary.categoryName(c), "checked", categories.contains(c.label()))).toList());
        model.put("clinicalSpecialties", choices(Vocabulary.clinicalSpecialties(), specialties));
        model.put("supportServices", choices(Vocabulary.supportServices(), specialties));
        model.put("signals", choices(Vocabulary.signals(), signals));
        model.put("regions", regions);
        model.put("keywords", keywords);
    }

    /** The preview as the templates show it. */
    static Map<String, Object> preview(Preview preview) {
        return Map.of(
                "total", preview.total(),
                "notices", preview.noticesRead(),
                "partial", !preview.complete(),
                "from", DAY.format(preview.weeks().get(0).starting()),
                "weeks", preview.weeks().stream().map(w -> Map.of("starting", DAY.format(w.starting()), "alerts", w.alerts(),
                        "soFar", w.soFar())).toList());
    }

    private static List<Map<String, Object>> choices(List<Vocabulary.Term> terms, List<String> chosen) {
        return terms.stream().map(t -> Map.<String, Object>of("value", t.id(), "label", t.name(), "checked", chosen.contains(t.id())))
                .toList();
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static List<String> split(List<String> values) {
        return values.stream().filter(v -> v != null).flatMap(v -> Arrays.stream(v.split("[,\\n]"))).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }
}
