package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Where the work is delivered, as the tender, its items and its lots publish it. */
final class DeliveryRegions {

    private DeliveryRegions() {
    }

    /** Delivery regions (ITL/NUTS codes or names) and postcodes of the tender, its items and lots, as published. */
    static List<String> of(JsonNode tender) {
        Set<String> regions = new LinkedHashSet<>();
        List<JsonNode> holders = new ArrayList<>();
        if (tender != null) {
            holders.add(tender);
            holders.addAll(Nodes.array(tender, "items"));
            holders.addAll(Nodes.array(tender, "lots"));
        }
        for (JsonNode holder : holders) {
            List<JsonNode> addresses = new ArrayList<>(Nodes.array(holder, "deliveryAddresses"));
            JsonNode single = holder.get("deliveryAddress");
            if (single != null && single.isObject()) {
                addresses.add(single);
            }
            for (JsonNode address : addresses) {
                addIfPresent(regions, Nodes.text(address, "region"));
                addIfPresent(regions, Nodes.text(address, "postalCode"));
            }
            regions.addAll(Nodes.strings(holder, "deliveryLocations"));
        }
        return new ArrayList<>(regions);
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }
}
