package vn.hocvuso.national;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.ImportColumn;
import vn.hocvuso.common.TableFile;
import vn.hocvuso.common.Texts;

/**
 * A results file of the national platform as {@link NationalImport} reads it: a table ({@link TableFile}: CSV in any
 * encoding Excel writes, or XLSX) or the JSON form, both read into the same rows of the same columns.
 */
final class NationalFile {

    private NationalFile() {}

    /** The columns of a national results file, as the template names them, and the names the platform also uses. */
    enum Column implements ImportColumn {
        CREDENTIAL(
                "Mã chứng nhận",
                "machungnhan",
                "machungnhanquocgia",
                "machungchi",
                "sochungnhan",
                "sohieu",
                "credentialid",
                "credential"),
        NAME("Họ và tên", "hovaten", "hoten", "hotennguoihoc", "fullname", "name"),
        PHONE("Số điện thoại", "sodienthoai", "dienthoai", "sdt", "phone"),
        UNIT("Mã đơn vị", "madonvi", "maxaphuong", "maxaphuongdackhu", "maxa", "unitcode"),
        COURSE("Khóa học", "khoahoc", "tenkhoahoc", "coursetitle", "course"),
        ISSUED_ON("Ngày cấp", "ngaycap", "ngayhoanthanh", "ngaycapchungnhan", "issuedon", "issuedate");

        private final Names names;

        Column(String header, String... aliases) {
            this.names = new Names(header, aliases);
        }

        @Override
        public Names names() {
            return names;
        }
    }

    static final List<String> TEMPLATE = ImportColumn.headers(Column.class);

    /** The JSON fields of a row, by column (the export's names where they mean the same). */
    private static final Map<String, Column> JSON_FIELDS = Map.of(
            "credentialId", Column.CREDENTIAL,
            "fullName", Column.NAME,
            "phone", Column.PHONE,
            "unitCode", Column.UNIT,
            "courseTitle", Column.COURSE,
            "issuedOn", Column.ISSUED_ON);

    /** The file's rows: the JSON form when {@code asJson}, else a table with the columns a result needs. */
    static TableFile.Table<Column> read(byte[] bytes, boolean asJson, TableFile.Limits limits, ObjectMapper json) {
        return asJson
                ? fromJson(bytes, limits.maxRows(), json)
                : TableFile.read(
                        bytes,
                        limits,
                        Column.class,
                        List.of(Column.CREDENTIAL, Column.NAME, Column.PHONE, Column.ISSUED_ON),
                        List.of());
    }

    /**
     * The JSON form: an array of objects, or an object whose {@code results} is one; each object's fields as
     * {@link #JSON_FIELDS} names them (others ignored), its position (from 1) standing for a file's line.
     */
    private static TableFile.Table<Column> fromJson(byte[] bytes, int maxRows, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (IOException e) {
            throw new ApiException(StatusCode.BAD_REQUEST, "import_unreadable");
        }
        JsonNode items = root != null && root.isObject() ? root.get("results") : root;
        if (items == null || !items.isArray()) {
            throw new ApiException(StatusCode.BAD_REQUEST, "import_unreadable");
        }
        if (items.isEmpty()) {
            throw new ApiException(StatusCode.BAD_REQUEST, "import_empty");
        }
        if (items.size() > maxRows) {
            throw new ApiException(StatusCode.BAD_REQUEST, "too_many_rows", maxRows);
        }
        List<TableFile.Row<Column>> rows = new ArrayList<>();
        int line = 0;
        for (JsonNode item : items) {
            line++;
            Map<Column, String> cells = new HashMap<>();
            if (item.isObject()) {
                JSON_FIELDS.forEach((field, column) -> {
                    JsonNode value = item.get(field);
                    cells.put(column, value == null || value.isNull() ? null : value.asText());
                });
            }
            rows.add(new TableFile.Row<>(line, cells, cells.size(), cells.size()));
        }
        return new TableFile.Table<>("JSON", List.copyOf(JSON_FIELDS.keySet()), Map.of(), rows);
    }

    static String cell(TableFile.Row<Column> row, Column column) {
        return Texts.cleanOrNull(row.cells().get(column));
    }
}
