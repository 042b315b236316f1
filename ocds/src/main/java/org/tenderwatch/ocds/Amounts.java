package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import org.tenderwatch.events.Money;

import java.math.BigDecimal;
import java.util.function.Consumer;

/** Reads OCDS value objects, refusing amounts no contract can have (Find a Tender has published {@code 1e9999}). */
final class Amounts {

    // Ten trillion pounds: far above any public contract, far below the absurd values seen in the data.
    private static final BigDecimal LARGEST_PLAUSIBLE = new BigDecimal("1e13");

    private Amounts() {
    }

    static Money money(JsonNode value, String where, Consumer<String> anomalies) {
        if (value == null || !value.isObject()) {
            return null;
        }
        JsonNode amount = value.get("amount");
        if (amount == null || amount.isNull()) {
            return null;
        }
        BigDecimal number = number(amount);
        if (number == null) {
            anomalies.accept(where + ".amount '" + amount.asText() + "' is not a number: left out");
            return null;
        }
        if (number.abs().compareTo(LARGEST_PLAUSIBLE) > 0) {
            anomalies.accept(where + ".amount " + amount.asText() + " is not a plausible amount: left out");
            return null;
        }
        return new Money(number, Nodes.text(value, "currency"));
    }

    private static BigDecimal number(JsonNode amount) {
        if (amount.isBigDecimal() || amount.isIntegralNumber()) {
            return amount.decimalValue();
        }
        if (amount.isNumber()) {
            double d = amount.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        try {
            return new BigDecimal(amount.asText().replace(",", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
