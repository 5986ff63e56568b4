package vn.hocvuso.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare the progress endpoint with pgbench "on the same SQL" (docs/benchmarks.md): the script
 * bench/pgbench-progress.sql must send the statements {@link ProgressService} sends. It drifted once (its
 * upsert predated plausible completion, so the ratio compared unlike work); this keeps it from drifting again.
 * Every line of the API's statements must stand in the script, but those that name the rows (FROM, JOIN,
 * WHERE, VALUES: the script takes its learner from bench_target) and with the parameters as the script
 * writes them (pgbench variables, or the values of the benchmark's reports).
 */
class PgbenchScriptTest {

    /** The API's parameters of the upsert as the script gives them, the longest first. */
    private static final Map<String, String> PARAMETERS = new LinkedHashMap<>();

    static {
        PARAMETERS.put("$8::timestamptz", "NULL::timestamptz");
        PARAMETERS.put("$7::int", ":watched::int");
        PARAMETERS.put("$3", ":percent");
        PARAMETERS.put("$4", ":position");
        PARAMETERS.put("$5", ":claims::int = 1");
        PARAMETERS.put("$6", "now()");
        PARAMETERS.put("$8", "NULL::timestamptz");
        PARAMETERS.put("$9", ":parts");
    }

    @Test
    void theScriptSendsTheStatementsOfTheApi() throws IOException {
        List<String> script = lines(Files.readString(Path.of("..", "bench", "pgbench-progress.sql")));
        for (String statement :
                List.of(ProgressService.CONTEXT, ProgressService.RECORD_EVENT, ProgressService.UPSERT)) {
            for (String line : lines(statement)) {
                String expected = line;
                for (Map.Entry<String, String> parameter : PARAMETERS.entrySet()) {
                    expected = expected.replace(parameter.getKey(), parameter.getValue());
                }
                int values = expected.indexOf(" VALUES (");
                if (values >= 0) {
                    expected = expected.substring(0, values);
                }
                if (expected.matches("^(FROM|JOIN|LEFT JOIN|WHERE|VALUES) .*")) {
                    continue;
                }
                String wanted = expected;
                assertThat(script)
                        .as("the line of the API's statement %s", wanted)
                        .anyMatch(scriptLine -> scriptLine.equals(wanted) || scriptLine.startsWith(wanted + " "));
            }
        }
    }

    private static List<String> lines(String sql) {
        return Arrays.stream(sql.split("\n"))
                .map(line -> line.strip().replaceAll("\\s+", " ").replaceAll(";$", ""))
                .filter(line -> !line.isEmpty() && !line.startsWith("--") && !line.startsWith("\\"))
                .toList();
    }
}
