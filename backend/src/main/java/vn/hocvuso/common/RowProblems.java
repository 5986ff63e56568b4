package vn.hocvuso.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;

/**
 * What an import of a table file ({@link TableFile}: organisations, villages, denominators, rosters) finds wrong in
 * its rows: each problem names its line, its column as the template names it, a stable code and the
 * message {@code import.<code>} in the request's language. A dry run lists them all; a real run writes
 * nothing when there is any ({@link #refuseAnyUnless}).
 */
public final class RowProblems {

    /** One problem of one row, as every import report answers it. */
    public record RowProblem(int line, String field, String code, String message) {}

    private final List<RowProblem> all = new ArrayList<>();
    private final Locale locale;

    public RowProblems(Locale locale) {
        this.locale = locale;
    }

    public void add(int line, String field, String code, Object... args) {
        all.add(new RowProblem(line, field, code, message(locale, code, args)));
    }

    /** A problem of a row's cell in {@code column}, named as the template names it. */
    public void add(int line, ImportColumn column, String code, Object... args) {
        add(line, column.header(), code, args);
    }

    /** The message of a row's problem: {@code import.<code>} with its arguments, or the code when it has none. */
    public static String message(Locale locale, String code, Object... args) {
        String text = Messages.get(locale, "import." + code, args);
        return text != null ? text : code;
    }

    public List<RowProblem> list() {
        return all;
    }

    public int size() {
        return all.size();
    }

    /** How many rows have at least one problem. */
    public int rows() {
        return (int) all.stream().map(RowProblem::line).distinct().count();
    }

    /** Unless this is a dry run, any problem refuses the file: 400 {@code import_has_errors} with their number. */
    public void refuseAnyUnless(boolean dryRun) {
        if (!dryRun && !all.isEmpty()) {
            throw new ApiException(StatusCode.BAD_REQUEST, "import_has_errors", all.size());
        }
    }
}
