package vn.hocvuso.common;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;

/**
 * A column of an import's file ({@link TableFile}): the header its template writes, which is also how a row's problem
 * names the column ({@link RowProblems}), and every name a header row may give it, folded as {@link Spreadsheet#fold}
 * folds a header (no case, no accents, no spaces or punctuation: "Số điện thoại", "SO DIEN THOAI" → "sodienthoai").
 * Each import's columns are an enum implementing this, declared in its template's order.
 */
public interface ImportColumn {

    /** A column's template header and the folded names it is read by (the header's own among them). */
    record Names(String header, List<String> aliases) {
        public Names(String header, String... aliases) {
            this(header, List.of(aliases));
        }
    }

    Names names();

    /** The header as the template writes it, in Vietnamese. */
    default String header() {
        return names().header();
    }

    /** Every column's template header, in the enum's order: a template's header row. */
    static <C extends Enum<C> & ImportColumn> List<String> headers(Class<C> columns) {
        return Arrays.stream(columns.getEnumConstants())
                .map(ImportColumn::header)
                .toList();
    }

    /** The column one of whose names is the header cell's folded text, if any. */
    static <C extends Enum<C> & ImportColumn> Optional<C> of(Class<C> columns, String cell) {
        String key = Spreadsheet.fold(cell);
        return Arrays.stream(columns.getEnumConstants())
                .filter(c -> c.names().aliases().contains(key))
                .findFirst();
    }

    /**
     * A header row's columns by position, in order. Cells naming no column are skipped (people add their own notes);
     * a column named twice is read from its first cell.
     */
    static <C extends Enum<C> & ImportColumn> Map<Integer, C> positions(Class<C> columns, List<String> header) {
        Map<Integer, C> positions = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            of(columns, header.get(i)).filter(c -> !positions.containsValue(c)).ifPresent(c -> positions.put(index, c));
        }
        return positions;
    }

    /**
     * Refuses a header without every {@code required} column, or (when {@code anyOf} names some) without any of
     * {@code anyOf}: 400 {@code import_header} naming the first missing one by its template header.
     */
    static <C extends ImportColumn> void require(Collection<C> found, List<C> required, List<C> anyOf) {
        for (C column : required) {
            if (!found.contains(column)) {
                throw new ApiException(StatusCode.BAD_REQUEST, "import_header", column.header());
            }
        }
        if (!anyOf.isEmpty() && anyOf.stream().noneMatch(found::contains)) {
            throw new ApiException(
                    StatusCode.BAD_REQUEST, "import_header", anyOf.get(0).header());
        }
    }
}
