package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import org.tenderwatch.events.Award;
import org.tenderwatch.events.Organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Buyer, parties and award suppliers, with identifiers filled in from the {@code parties} section. */
final class Parties {

    // OCDS party ids are "<scheme>-<id>", e.g. GB-COH-01234567, GB-NHS-RBT, GB-CFS-18525.
    private static final Pattern SCHEMED_ID = Pattern.compile("^([A-Z]{2}-[A-Z]{2,5})-(.+)$");

    private final Map<String, Organisation> byId = new LinkedHashMap<>();
    private final List<Organisation> all = new ArrayList<>();
    private int withheld;

    Parties(JsonNode release) {
        for (JsonNode party : Nodes.array(release, "parties")) {
            Organisation organisation = organisation(party, Nodes.strings(party, "roles"));
            if (WithheldSuppliers.isPlaceholder(organisation.name())
                    && (organisation.roles().contains("supplier") || organisation.roles().contains("tenderer"))) {
                withheld++;
                continue;
            }
            all.add(organisation);
            if (organisation.id() != null) {
                byId.putIfAbsent(organisation.id(), organisation);
            }
        }
    }

    List<Organisation> all() {
        return List.copyOf(all);
    }

    Organisation buyer(JsonNode release) {
        JsonNode buyer = release.get("buyer");
        if (buyer != null && buyer.isObject()) {
            return enrich(buyer, List.of("buyer"));
        }
        return all.stream().filter(party -> party.roles().contains("buyer")).findFirst().orElse(null);
    }

    List<Award> awards(JsonNode release, Consumer<String> anomalies) {
        List<Award> awards = new ArrayList<>();
        List<JsonNode> nodes = Nodes.array(release, "awards");
        if (withheld > 0) {
            anomalies.accept(withheld + " part" + (withheld == 1 ? "y" : "ies") + " named as withheld: left out");
        }
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode award = nodes.get(i);
            List<Organisation> named = Nodes.array(award, "suppliers").stream()
                    .map(supplier -> enrich(supplier, List.of("supplier")))
                    .toList();
            List<Organisation> suppliers = named.stream()
                    .filter(supplier -> !WithheldSuppliers.isPlaceholder(supplier.name()))
                    .toList();
            if (suppliers.size() < named.size()) {
                anomalies.accept("awards[" + i + "] names " + (named.size() - suppliers.size())
                        + " supplier(s) as withheld: left out");
            }
            awards.add(new Award(Nodes.text(award, "id"), Nodes.text(award, "status"),
                    Nodes.dateTime(award, "date", anomalies),
                    MoneyValues.money(award.get("value"), "awards[" + i + "].value", anomalies), suppliers));
        }
        return awards;
    }

    /**
     * Organisations listed as having tendered: {@code tender.tenderers} and parties with the tenderer role, each
     * once; withheld names are not organisations.
     */
    List<Organisation> tenderers(JsonNode release) {
        Map<String, Organisation> tenderers = new LinkedHashMap<>();
        for (JsonNode reference : Nodes.array(release.get("tender"), "tenderers")) {
            add(tenderers, enrich(reference, List.of("tenderer")));
        }
        all.stream().filter(party -> party.roles().contains("tenderer")).forEach(party -> add(tenderers, party));
        return List.copyOf(tenderers.values());
    }

    private static void add(Map<String, Organisation> tenderers, Organisation organisation) {
        String key = organisation.id() != null ? organisation.id() : organisation.name();
        if (key != null && !WithheldSuppliers.isPlaceholder(organisation.name())) {
            tenderers.putIfAbsent(key, organisation);
        }
    }

    /** A reference ({id, name}) completed from the party it points at. */
    private Organisation enrich(JsonNode reference, List<String> defaultRoles) {
        String id = Nodes.text(reference, "id");
        Organisation party = id == null ? null : byId.get(id);
        if (party != null) {
            String name = Nodes.text(reference, "name");
            return new Organisation(party.id(), name != null ? Mojibake.repair(name) : party.name(),
                    party.identifierScheme(), party.identifierId(), party.roles().isEmpty() ? defaultRoles : party.roles());
        }
        return organisation(reference, defaultRoles);
    }

    private static Organisation organisation(JsonNode party, List<String> roles) {
        String id = Nodes.text(party, "id");
        JsonNode identifier = party.get("identifier");
        String scheme = Nodes.text(identifier, "scheme");
        String identifierId = Nodes.text(identifier, "id");
        if (scheme == null && id != null) {
            Matcher schemed = SCHEMED_ID.matcher(id);
            if (schemed.matches()) {
                scheme = schemed.group(1);
                identifierId = schemed.group(2);
            }
        }
        String name = Nodes.text(party, "name");
        if (name == null) {
            name = Nodes.text(identifier, "legalName");
        }
        return new Organisation(id, name == null ? null : Mojibake.repair(name), scheme, identifierId, roles);
    }
}
