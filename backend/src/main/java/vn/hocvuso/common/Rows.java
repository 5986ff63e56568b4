package vn.hocvuso.common;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Reading the answer of a query on the {@code Pool}. */
public final class Rows {

    private Rows() {}

    /**
     * The row a lookup by key found, or 404 {@code notFoundCode} when it found none. The lookups that
     * also check the caller (an enrolment of someone else) answer the same 404, so an id reveals nothing.
     */
    public static Row one(RowSet<Row> rows, String notFoundCode) {
        if (rows.size() == 0) {
            throw ApiException.notFound(notFoundCode);
        }
        return rows.iterator().next();
    }

    /**
     * The row a lookup found when it is {@code userId}'s (its {@code user_id} column); 404
     * {@code notFoundCode} when there is none or it is someone else's, the same answer for both.
     */
    public static Row ownedBy(RowSet<Row> rows, UUID userId, String notFoundCode) {
        Row row = rows.size() == 0 ? null : rows.iterator().next();
        if (row == null || !userId.equals(row.getUUID("user_id"))) {
            throw ApiException.notFound(notFoundCode);
        }
        return row;
    }

    /** Each row as {@code read} reads it, in the rows' order: a new list the caller may change. */
    public static <T> List<T> list(RowSet<Row> rows, Function<Row, T> read) {
        List<T> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            out.add(read.apply(row));
        }
        return out;
    }

    /** Each row's {@code value} by its {@code key} (a later row with the same key wins): a new map. */
    public static <K, V> Map<K, V> byKey(RowSet<Row> rows, Function<Row, K> key, Function<Row, V> value) {
        Map<K, V> out = new HashMap<>();
        for (Row row : rows) {
            out.put(key.apply(row), value.apply(row));
        }
        return out;
    }

    /**
     * One page of a list: {@code rows} (the page's, each read by {@code read}) and the total of the list, which
     * {@code count} holds (one row, one number).
     */
    public static <T> Page<T> page(RowSet<Row> count, RowSet<Row> rows, PageRequest page, Function<Row, T> read) {
        return Page.of(list(rows, read), page, count.iterator().next().getLong(0));
    }
}
