package vn.hocvuso.common;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import java.util.UUID;

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
}
