package org.tenderwatch.notifier.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * A classified notice made storable before anything is stored, so that one odd value never holds the partition:
 * PostgreSQL refuses NUL in text and halves of surrogate pairs in jsonb (both become U+FFFD), and numbers beyond
 * its numeric type (more than 131,072 digits before the point or 16,383 after, e.g. {@code 1e-20000}); an amount
 * of money beyond ±£10 trillion is nonsense too. Such a number becomes null (not known), never 0. Streams token
 * by token: the notice is never held twice as a tree.
 * <p>
 * The release JSON as published ({@code notice.release}) is left out: nothing here reads it (messages are rendered
 * from the normalised fields, and the tracker keeps the published release as evidence), and it is most of the
 * notice's size, so storing it would double the {@code notice} table for nothing.
 */
final class StorableJson {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1e13");
    private static final int MAX_DIGITS_BEFORE_POINT = 131_072;
    private static final int MAX_DIGITS_AFTER_POINT = 16_383;
    private static final JsonFactory JSON = new JsonFactory();

    enum Anomaly { CHARACTER, NUMBER }

    record Cleaned(String json, Map<Anomaly, Integer> anomalies) {
        boolean changed() {
            return !anomalies.isEmpty();
        }
    }

    private StorableJson() {
    }

    static Cleaned clean(String json) throws IOException {
        Map<Anomaly, Integer> anomalies = new EnumMap<>(Anomaly.class);
        StringWriter out = new StringWriter(json.length());
        try (JsonParser in = JSON.createParser(json); JsonGenerator gen = JSON.createGenerator(out)) {
            String field = null;
            for (JsonToken token = in.nextToken(); token != null; token = in.nextToken()) {
                switch (token) {
                    case FIELD_NAME -> {
                        field = in.currentName();
                        if (isPublishedRelease(in)) {
                            in.nextToken();
                            in.skipChildren();
                            continue;
                        }
                        gen.writeFieldName(text(field, anomalies));
                    }
                    case VALUE_STRING -> gen.writeString(text(in.getText(), anomalies));
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        BigDecimal number = in.getDecimalValue();
                        if (storable(number) && !("amount".equals(field) && number.abs().compareTo(MAX_AMOUNT) > 0)) {
                            gen.writeNumber(in.getText());
                        } else {
                            anomalies.merge(Anomaly.NUMBER, 1, Integer::sum);
                            gen.writeNull();
                        }
                    }
                    default -> gen.copyCurrentEvent(in);
                }
            }
        }
        return new Cleaned(out.toString(), anomalies);
    }

    /** {@code notice.release} of the top-level object: the published release, whatever value it has. */
    private static boolean isPublishedRelease(JsonParser in) {
        var context = in.getParsingContext();
        var parent = context.getParent();
        return "release".equals(context.getCurrentName()) && parent != null && "notice".equals(parent.getCurrentName())
                && parent.getParent() != null && parent.getParent().inRoot();
    }

    private static boolean storable(BigDecimal number) {
        int after = Math.max(0, number.scale());
        long before = (long) number.precision() - number.scale();
        return after <= MAX_DIGITS_AFTER_POINT && before <= MAX_DIGITS_BEFORE_POINT;
    }

    private static String text(String value, Map<Anomaly, Integer> anomalies) {
        StringBuilder clean = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean bad = c == '\u0000' || (Character.isHighSurrogate(c)
                    ? !(i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)))
                    : Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(value.charAt(i - 1))));
            if (bad && clean == null) {
                clean = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (clean != null) {
                clean.append(bad ? '\uFFFD' : c);
            }
            if (bad) {
                anomalies.merge(Anomaly.CHARACTER, 1, Integer::sum);
            }
        }
        return clean == null ? value : clean.toString();
    }
}
