package vn.hocvuso.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an operator reads of the monthly partitions (V139's {@code partition_list()}), and what a test puts back:
 * a month it detached, attached again (the way to undo a detach, docs/operations.md, "Partitions").
 */
public final class Partitions {

    private Partitions() {}

    /** Every table partitioned by month: V139's two, then V147's daily rollups (partitioned on their day). */
    public static final List<String> TABLES = List.of(
            "learning_fact",
            "audit_event",
            "stat_daily",
            "stat_state_daily",
            "stat_village_daily",
            "stat_village_state_daily");

    /** One partition: its table, its range ({@code from} null for MINVALUE; both null for the DEFAULT one). */
    public record Part(String name, OffsetDateTime from, OffsetDateTime to, boolean isDefault) {}

    private static final Pattern MONTHLY = Pattern.compile("^(.*?)(_before)?_([0-9]{4})_([0-9]{2})$");

    /** The table's partitions, oldest first, the DEFAULT one last. */
    public static List<Part> list(String parent) {
        try (Connection c = Database.connect();
                PreparedStatement s = c.prepareStatement("""
                        SELECT partition::text, CASE WHEN from_time = '-infinity' THEN NULL ELSE from_time END, to_time,
                               is_default
                        FROM partition_list(?::regclass)
                        """)) {
            s.setString(1, parent);
            List<Part> parts = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    parts.add(new Part(
                            r.getString(1),
                            r.getObject(2, OffsetDateTime.class),
                            r.getObject(3, OffsetDateTime.class),
                            r.getBoolean(4)));
                }
            }
            return parts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the table's partitions. */
    public static List<String> names(String parent) {
        return list(parent).stream().map(Part::name).toList();
    }

    /** The partition a row is stored in ({@code where} selects one row of the parent). */
    public static String holding(String parent, String where, Object... params) {
        return Database.queryString("SELECT tableoid::regclass::text FROM " + parent + " WHERE " + where, params);
    }

    /**
     * Attaches again every table of the parent's monthly names that is not a partition ({@code <parent>_YYYY_MM}
     * for its month, {@code <parent>_before_YYYY_MM} for everything before that month): what a test detached.
     */
    public static List<String> reattachDetached(String parent) {
        List<String> detached = new ArrayList<>();
        try (Connection c = Database.connect();
                PreparedStatement s = c.prepareStatement("""
                        SELECT c.relname FROM pg_class c
                        WHERE c.relkind = 'r' AND c.relname LIKE ? AND NOT c.relispartition
                          AND c.relnamespace = 'public'::regnamespace
                        """)) {
            s.setString(1, parent + "\\_%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Matcher m = MONTHLY.matcher(r.getString(1));
                    if (m.matches() && m.group(1).equals(parent)) {
                        detached.add(r.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (String table : detached) {
            Matcher m = MONTHLY.matcher(table);
            m.matches();
            String month = m.group(3) + "-" + m.group(4) + "-01";
            String next = Database.queryString("SELECT (?::date + interval '1 month')::date::text", month);
            // A daily rollup's bounds are days (V147), the others' the months' first instants.
            boolean days = Database.queryString("SELECT is_date FROM partition_key(?::regclass)", parent)
                    .equals("t");
            String start = days ? month : Database.queryString("SELECT partition_month_start(?::date)::text", month);
            String end = days ? next : Database.queryString("SELECT partition_month_start(?::date)::text", next);
            String bounds = m.group(2) != null
                    ? "FROM (MINVALUE) TO ('" + start + "')"
                    : "FROM ('" + start + "') TO ('" + end + "')";
            Database.execute("ALTER TABLE " + parent + " ATTACH PARTITION " + table + " FOR VALUES " + bounds);
        }
        return detached;
    }

    /** Detaches and drops the table's partitions from {@code from} on (the far months a test made for itself). */
    public static void dropFrom(String parent, OffsetDateTime from) {
        for (Part part : list(parent)) {
            if (!part.isDefault() && part.from() != null && !part.from().isBefore(from)) {
                Database.execute("ALTER TABLE " + parent + " DETACH PARTITION " + part.name());
                Database.execute("DROP TABLE " + part.name());
            }
        }
    }

    /**
     * What a test of the upkeep leaves: the months it made from {@code from} on dropped from every partitioned
     * table, and the upkeep's lease let go, so that the next run is not refused as another replica's.
     */
    public static void forgetUpkeepFrom(OffsetDateTime from) {
        TABLES.forEach(table -> dropFrom(table, from));
        Database.execute("UPDATE job_lease SET held_until = now() WHERE name = 'partition-upkeep'");
    }
}
