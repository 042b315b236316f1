package org.tenderwatch.events;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one list of specialty and signal ids that {@link NoticeClassified} may carry, with the names people read. The
 * classifier refuses a rules file that names an id outside it; the notifier offers exactly these as choices. The
 * classifier keeps its own keywords for each: this is what the ids mean, not how they are found.
 */
public final class Vocabulary {

    /** An id and its display name. */
    public record Term(String id, String name) {
    }

    private static final Map<String, String> CLINICAL_SPECIALTIES = ordered(
            "endoscopy", "Endoscopy",
            "gastroenterology", "Gastroenterology",
            "ophthalmology", "Ophthalmology",
            "ent", "Ear, nose and throat",
            "orthopaedics-msk", "Orthopaedics and musculoskeletal",
            "urology", "Urology",
            "plastics", "Plastic surgery",
            "dermatology", "Dermatology",
            "general-surgery", "General surgery",
            "gynaecology", "Gynaecology",
            "cardiology", "Cardiology",
            "rheumatology", "Rheumatology",
            "paediatrics", "Paediatrics",
            "oncology", "Oncology",
            "mental-health", "Mental health",
            "imaging", "Imaging and radiology",
            "pathology", "Pathology",
            "screening", "Screening",
            "urgent-primary-care", "Urgent and primary care (NHS 111, out of hours)",
            "community", "Community services",
            "patient-transport", "Patient transport",
            "homecare", "Homecare",
            "dental", "Dental",
            "audiology", "Audiology",
            "public-health", "Public health (sexual health, drug and alcohol services)");

    private static final Map<String, String> SUPPORT_SERVICES = ordered(
            "catering", "Catering",
            "cleaning", "Cleaning",
            "laundry", "Laundry",
            "portering", "Portering",
            "security", "Security",
            "waste", "Waste",
            "payroll-finance-hr", "Payroll, finance and HR",
            "records-coding", "Records and clinical coding",
            "sterile-services", "Sterile services",
            "fm-estates", "Facilities and estates",
            "it", "IT services",
            "logistics", "Logistics and distribution",
            "interpreting", "Interpreting");

    private static final Map<String, String> SIGNALS = ordered(
            Signal.HEALTH_BUYER, "the buyer is an NHS or health body",
            "health-context", "the notice names an NHS body or a health service",
            "commissioner-buyer", "the buyer commissions care (ICB, CCG, CSU, NHS England)",
            Signal.PRIVATE_WINNER, "a company won",
            Signal.NHS_WINNER, "an NHS body won",
            Signal.KNOWN_INSOURCING_PROVIDER, "a known insourcing company",
            Signal.KNOWN_INDEPENDENT_PROVIDER, "a known independent-sector provider",
            Signal.FRAMEWORK_ESTABLISHMENT, "sets up a framework",
            Signal.CALL_OFF, "a call-off from a framework",
            Signal.PSR, "awarded under the Provider Selection Regime",
            Signal.PSR_DIRECT_AWARD_A, "PSR direct award A (only capable provider)",
            Signal.PSR_DIRECT_AWARD_B, "PSR direct award B (patient choice)",
            Signal.PSR_DIRECT_AWARD_C, "PSR direct award C (incumbent continues)",
            Signal.PSR_MOST_SUITABLE_PROVIDER, "PSR most suitable provider",
            Signal.PSR_COMPETITIVE, "PSR competitive process",
            Signal.PSR_URGENT_AWARD, "PSR urgent award",
            Signal.EVENINGS_WEEKENDS, "runs evenings or weekends",
            Signal.WAITING_LIST, "about waiting lists or elective recovery",
            Signal.IN_HOUSE_RETURN, "work brought back in-house",
            Signal.SUBSIDIARY_COMPANY, "moved to a trust-owned company",
            "public-health", "a public-health service",
            "clinical-service", "a clinical service",
            "clinical-cpv", "a health-service CPV code",
            "support-service", "a support service");

    private Vocabulary() {
    }

    /** Clinical specialties first, then support services, in the order people look for them. */
    public static List<Term> specialties() {
        return terms(CLINICAL_SPECIALTIES, SUPPORT_SERVICES);
    }

    public static List<Term> clinicalSpecialties() {
        return terms(CLINICAL_SPECIALTIES);
    }

    public static List<Term> supportServices() {
        return terms(SUPPORT_SERVICES);
    }

    public static List<Term> signals() {
        return terms(SIGNALS);
    }

    public static boolean isSpecialty(String id) {
        return CLINICAL_SPECIALTIES.containsKey(id) || SUPPORT_SERVICES.containsKey(id);
    }

    public static boolean isSignal(String id) {
        return SIGNALS.containsKey(id);
    }

    public static Set<String> specialtyIds() {
        return specialties().stream().map(Term::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static Set<String> signalIds() {
        return Collections.unmodifiableSet(SIGNALS.keySet());
    }

    /** The signal's display name; an id outside the vocabulary as it is. */
    public static String signalName(String id) {
        return SIGNALS.getOrDefault(id, id);
    }

    /** The specialty's display name; an id outside the vocabulary as it is. */
    public static String specialtyName(String id) {
        return CLINICAL_SPECIALTIES.getOrDefault(id, SUPPORT_SERVICES.getOrDefault(id, id));
    }

    @SafeVarargs
    private static List<Term> terms(Map<String, String>... maps) {
        return Arrays.stream(maps).flatMap(m -> m.entrySet().stream()).map(e -> new Term(e.getKey(), e.getValue())).toList();
    }

    private static Map<String, String> ordered(String... idsAndNames) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndNames.length; i += 2) {
            if (map.put(idsAndNames[i], idsAndNames[i + 1]) != null) {
                throw new IllegalStateException("vocabulary lists " + idsAndNames[i] + " twice");
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
