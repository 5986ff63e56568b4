package vn.hocvuso.roster;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.roster.RosterFile.Column;
import vn.hocvuso.roster.RosterPlanner.RowError;
import vn.hocvuso.roster.RosterPlanner.RowPlan;

/**
 * The rows of an import as they are kept between the upload and the job ({@code roster_import_row}):
 * the cells as typed and the errors found so far, both as JSON, written at upload and read back by the
 * job and the result file.
 */
final class RosterRows {

    /** A stored row, rebuilt into what the planner reads, with the errors found at upload. */
    record Pending(RowPlan plan, List<RowError> stored) {}

    private RosterRows() {}

    /**
     * Rows refused for reasons that do not depend on the database (shape, duplicates in the file,
     * scope of the row) keep those errors; the job re-checks the rest against the accounts of its moment.
     */
    static Uni<Void> store(SqlClient tx, UUID importId, List<RowPlan> rows) {
        List<Tuple> batch = new ArrayList<>(rows.size());
        for (RowPlan p : rows) {
            JsonObject cells = new JsonObject();
            p.line.cells().forEach((column, value) -> cells.put(column.name(), value));
            List<RowError> fixed = p.errors.stream()
                    .filter(e -> !RosterImportJob.DATABASE_ERRORS.contains(e.code()))
                    .toList();
            batch.add(Tuple.tuple()
                    .addUUID(importId)
                    .addInteger(p.line.line())
                    .addString(cells.encode())
                    .addInteger(p.line.cellCount())
                    .addInteger(p.line.headerCount())
                    .addString(errorsJson(fixed)));
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < batch.size(); from += 2000) {
            List<Tuple> slice = batch.subList(from, Math.min(batch.size(), from + 2000));
            chain = chain.chain(() -> tx.preparedQuery("""
                    INSERT INTO roster_import_row (import_id, line, cells, cell_count, header_count, errors)
                    VALUES ($1, $2, $3::jsonb, $4, $5, $6::jsonb)
                    """).executeBatch(slice).replaceWithVoid());
        }
        return chain;
    }

    /** A row read back by the job: its cells planned again, with the errors stored at upload. */
    static Pending pending(Row r, RosterTarget target) {
        JsonObject cells = jsonObject(r.getValue("cells"));
        Map<Column, String> map = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            if (cells.containsKey(c.name())) {
                map.put(c, cells.getString(c.name()));
            }
        }
        RosterFile.Line line = new RosterFile.Line(
                r.getInteger("line"), map, r.getInteger("cell_count"), r.getInteger("header_count"));
        return new Pending(RosterPlanner.shape(line, target), errorsFrom(r.getValue("errors")));
    }

    static String errorsJson(List<RowError> errors) {
        JsonArray array = new JsonArray();
        errors.forEach(e -> array.add(new JsonObject()
                .put("field", e.field())
                .put("code", e.code())
                .put("args", new JsonArray(new ArrayList<>(e.args())))));
        return array.encode();
    }

    /** jsonb arrives as a JsonObject or as its text, depending on how it was written. */
    static JsonObject jsonObject(Object json) {
        return json instanceof JsonObject o ? o : new JsonObject(String.valueOf(json));
    }

    static List<RowError> errorsFrom(Object json) {
        JsonArray array = json instanceof JsonArray a ? a : new JsonArray(String.valueOf(json));
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonObject e = array.getJsonObject(i);
            errors.add(new RowError(
                    e.getString("field"),
                    e.getString("code"),
                    e.getJsonArray("args").getList()));
        }
        return errors;
    }
}
