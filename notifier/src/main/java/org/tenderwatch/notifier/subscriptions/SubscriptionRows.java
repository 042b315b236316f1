package org.tenderwatch.notifier.subscriptions;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;

/** Subscription rows to records and back; the filter's lists are PostgreSQL text arrays. */
final class SubscriptionRows {

    private SubscriptionRows() {
    }

    static void bind(Connection c, PreparedStatement ps, int first, String name, SubscriptionFilter f,
                                   Cadence cadence, int digestHour) throws SQLException {
        int i = first;
        ps.setString(i++, name == null ? "" : name);
        for (List<String> values : List.of(f.categories(), f.specialties(), f.signals(), f.buyers(), f.regions(),
                f.keywords(), f.stages())) {
            ps.setArray(i++, c.createArrayOf("text", values.toArray()));
        }
        ps.setBigDecimal(i++, f.minValue());
        if (f.minConfidence() == null) {
            ps.setNull(i++, Types.DOUBLE);
        } else {
            ps.setDouble(i++, f.minConfidence());
        }
        ps.setString(i++, cadence.label());
        ps.setInt(i, digestHour);
    }

    static Subscription read(ResultSet rs) throws SQLException {
        double minConfidence = rs.getDouble("min_confidence");
        Double confidence = rs.wasNull() ? null : minConfidence;
        BigDecimal minValue = rs.getBigDecimal("min_value");
        SubscriptionFilter filter = new SubscriptionFilter(texts(rs, "categories"), texts(rs, "specialties"),
                texts(rs, "signals"), texts(rs, "buyers"), texts(rs, "regions"), texts(rs, "keywords"),
                texts(rs, "stages"), minValue, confidence);
        return new Subscription(rs.getLong("id"), rs.getLong("subscriber_id"), rs.getString("channel"),
                rs.getString("recipient"), rs.getString("name"), filter, Cadence.fromLabel(rs.getString("cadence")),
                rs.getInt("digest_hour"), rs.getBoolean("confirmed"), rs.getTimestamp("created_at").toInstant());
    }

    private static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
