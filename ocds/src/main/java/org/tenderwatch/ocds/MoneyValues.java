package org.tenderwatch.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import org.tenderwatch.events.Money;

import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Reads OCDS value objects, refusing amounts no contract can have: Find a Tender has published {@code 1e9999}, and
 * a value such as {@code 1e-20000} or {@code 1e999999999} cannot be stored as a number downstream. Such an amount is
 * left out with an anomaly, never turned into 0.
 */
final class MoneyValues {

    // Ten trillion pounds: far above any public contract, far below the absurd values seen in the data.
    private static final BigDecimal LARGEST_PLAUSIBLE = new BigDecimal("1e13");
    // Money is counted in pennies; a smaller non-zero amount is a broken value, not a price.
    private static final BigDecimal SMALLEST_PLAUSIBLE = new BigDecimal("0.01");

    private MoneyValues() {
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
            anomalies.accept(where + ".amount '" + abbreviated(amount.asText()) + "' is not a number: left out");
            return null;
        }
        String problem = number.signum() < 0 ? "is negative"
                : number.compareTo(LARGEST_PLAUSIBLE) > 0 ? "is above 10 trillion"
                : number.signum() > 0 && number.compareTo(SMALLEST_PLAUSIBLE) < 0 ? "is above 0 but below a penny"
                : null;
        if (problem != null) {
            anomalies.accept(where + ".amount " + abbreviated(amount.asText()) + " " + problem + ", not a plausible amount: left out");
            return null;
        }
        return new Money(number, Nodes.text(value, "currency"));
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
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
