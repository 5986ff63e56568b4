package vn.hocvuso.common;

import java.util.List;
import vn.hocvuso.common.RowProblems.RowProblem;

/**
 * What an import of named places (organisations, villages) answers: each good row's outcome, each wrong row's
 * problems, and the counts. A dry run's outcomes are {@code CREATE}, {@code UPDATE} or {@code UNCHANGED}; a real
 * run's {@code CREATED}, {@code UPDATED} or {@code UNCHANGED}.
 */
public record ImportReport(
        boolean dryRun,
        String encoding,
        int totalRows,
        int created,
        int updated,
        int unchanged,
        int errorRows,
        List<RowOutcome> rows,
        List<RowProblem> errors) {

    /** A good row: its line, the name it gives, its unit, what it did (or would do), and the place's id. */
    public record RowOutcome(int line, String name, String unitCode, String outcome, Long id) {}

    /** The outcome of a row, past tense when it was written: CREATE, CREATED; UNCHANGED either way. */
    public static String outcome(String planned, boolean written) {
        return written && !planned.equals("UNCHANGED") ? planned + "D" : planned;
    }

    /** The report of a file: how it was read and how many rows it has, its good rows' outcomes, its problems. */
    public static ImportReport of(
            boolean dryRun, TableFile.Table<?> table, List<RowOutcome> rows, RowProblems problems) {
        return new ImportReport(
                dryRun,
                table.encoding(),
                table.rows().size(),
                count(rows, "CREATE"),
                count(rows, "UPDATE"),
                count(rows, "UNCHANGED"),
                problems.rows(),
                rows,
                problems.list());
    }

    /** The ids of the rows with that (real run's) outcome: what an audit record of the import lists. */
    public static List<Long> ids(List<RowOutcome> rows, String outcome) {
        return rows.stream()
                .filter(o -> o.outcome().equals(outcome))
                .map(RowOutcome::id)
                .toList();
    }

    private static int count(List<RowOutcome> rows, String prefix) {
        return (int) rows.stream().filter(o -> o.outcome().startsWith(prefix)).count();
    }
}
