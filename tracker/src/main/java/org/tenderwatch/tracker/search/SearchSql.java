package org.tenderwatch.tracker.search;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a search: every filter a bound parameter (never text pasted into SQL), the full-text match ranked by
 * PostgreSQL, the order. Shared by the page, the exports and the feed, so they always agree on what matched.
 */
public record SearchSql(String where, List<Object> arguments, String order, List<Object> orderArguments) {

    private static final String TSQUERY = "websearch_to_tsquery('english', ?)";
    /** How well a procurement matches the words; its one parameter is the words. */
    static final String RANK = "ts_rank_cd(p.search, " + TSQUERY + ")";

    public static SearchSql of(SearchQuery q) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        conditions.add("not p.test_notice");
        switch (q.show()) {
            case RELEVANT -> conditions.add("p.category <> 'not_relevant' and not p.possibly_relevant");
            case POSSIBLY -> conditions.add("(p.category <> 'not_relevant' or p.possibly_relevant)");
            case ALL -> { }
        }
        if (q.words() != null) {
            conditions.add("p.search @@ " + TSQUERY);
            args.add(q.words());
        }
        if (!q.categories().isEmpty()) {
            conditions.add("p.category = any(?)");
            args.add(q.categories().toArray(String[]::new));
        }
        if (q.specialty() != null) {
            conditions.add("p.specialties @> array[?]::text[]");
            args.add(q.specialty());
        }
        if (q.signal() != null) {
            conditions.add("p.signals @> array[?]::text[]");
            args.add(q.signal());
        }
        if (q.lifecycle() != null) {
            conditions.add("p.lifecycle = ?");
            args.add(q.lifecycle());
        }
        // Names match by whole words in order: "bradford teaching" finds Bradford Teaching Hospitals NHS FT. They are
        // matched in the organisations (far fewer rows than procurements), then looked up by key.
        if (q.buyer() != null) {
            conditions.add("p.buyer_key in (select o.key from organisation o where ('-' || o.key || '-') like ?)");
            args.add(likeWords(q.buyer()));
        }
        if (q.supplier() != null) {
            conditions.add("p.ocid in (select s.ocid from procurement_supplier s where s.supplier_key in"
                    + " (select o.key from organisation o where ('-' || o.key || '-') like ?))");
            args.add(likeWords(q.supplier()));
        }
        if (q.region() != null) {
            conditions.add("p.region_keys @> array[?]::text[]");
            args.add(q.region());
        }
        if (q.minValue() != null) {
            conditions.add("p.value_amount >= ?");
            args.add(q.minValue());
        }
        if (q.maxValue() != null) {
            conditions.add("p.value_amount <= ?");
            args.add(q.maxValue());
        }
        if (q.from() != null) {
            conditions.add("p.latest_notice >= ?");
            args.add(startOf(q.from()));
        }
        if (q.to() != null) {
            conditions.add("p.latest_notice < ?");
            args.add(startOf(q.to().plusDays(1)));
        }
        if (q.source() != null) {
            conditions.add("p.source = ?");
            args.add(q.source());
        }
        List<Object> orderArgs = new ArrayList<>();
        String order = switch (q.sort()) {
            case DATE -> "p.latest_notice desc, p.ocid";
            case VALUE -> "p.value_amount desc nulls last, p.latest_notice desc, p.ocid";
            case RELEVANCE -> {
                orderArgs.add(q.words());
                yield RANK + " desc, p.latest_notice desc, p.ocid";
            }
        };
        return new SearchSql(String.join(" and ", conditions), args, order, orderArgs);
    }

    /** Binds the where clause's arguments from the first parameter on; answers the next free index. */
    public int bindWhere(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object arg : arguments) {
            bind(ps, i++, arg);
        }
        return i;
    }

    public int bindOrder(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object arg : orderArguments) {
            bind(ps, i++, arg);
        }
        return i;
    }

    private static void bind(PreparedStatement ps, int index, Object arg) throws SQLException {
        if (arg instanceof String[] array) {
            ps.setArray(index, ps.getConnection().createArrayOf("text", array));
        } else {
            ps.setObject(index, arg);
        }
    }

    private static String likeWords(String key) {
        return "%-" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "-%";
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(org.tenderwatch.tracker.web.Words.UK).toInstant());
    }
}
