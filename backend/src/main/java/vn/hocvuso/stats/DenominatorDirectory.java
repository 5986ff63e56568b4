package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hocvuso.common.Spreadsheet;

/** The places a denominator file can name, read once per import: units, organisations and villages. */
record DenominatorDirectory(
        Map<String, String> units, Map<Long, DenominatorDirectory.Org> agencies, Map<Long, Village> villages) {

    record Org(String name, String kind) {}

    record Village(String unitCode, String name) {}

    static Uni<DenominatorDirectory> read(SqlClient tx) {
        return tx.preparedQuery("SELECT code, name FROM unit")
                .execute()
                .chain(units -> tx.preparedQuery("SELECT id, name, kind FROM agency")
                        .execute()
                        .chain(agencies -> tx.preparedQuery("SELECT id, unit_code, name FROM village")
                                .execute()
                                .map(villages -> {
                                    Map<String, String> u = new HashMap<>();
                                    units.forEach(r -> u.put(r.getString(0), r.getString(1)));
                                    Map<Long, Org> a = new HashMap<>();
                                    agencies.forEach(r -> a.put(r.getLong(0), new Org(r.getString(1), r.getString(2))));
                                    Map<Long, Village> v = new HashMap<>();
                                    villages.forEach(
                                            r -> v.put(r.getLong(0), new Village(r.getString(1), r.getString(2))));
                                    return new DenominatorDirectory(u, a, v);
                                })));
    }

    /** An organisation by its id or its name (names repeat across units: then only the id will do). */
    Long agency(String text) {
        if (text.matches("[0-9]{1,9}")) {
            long id = Long.parseLong(text);
            return agencies.containsKey(id) ? id : null;
        }
        String folded = Spreadsheet.fold(text);
        List<Long> named = agencies.entrySet().stream()
                .filter(e -> Spreadsheet.fold(e.getValue().name()).equals(folded))
                .map(Map.Entry::getKey)
                .toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** A village of the unit, by its id or its name (unique within a unit). */
    Long village(String unit, String text) {
        String folded = Spreadsheet.fold(text);
        return villages.entrySet().stream()
                .filter(e -> e.getValue().unitCode().equals(unit))
                .filter(e -> text.matches("[0-9]{1,12}")
                        ? e.getKey() == Long.parseLong(text)
                        : Spreadsheet.fold(e.getValue().name()).equals(folded))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }
}
