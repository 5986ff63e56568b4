package vn.hocvuso.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.hocvuso.testing.Database;

/**
 * What an operator does by hand in the runbook, done by the restore drill: commands typed in the
 * repository (make targets, Debian's cluster tools), the packaged API started as a deployment starts
 * it, and SQL typed into psql.
 */
final class Operator {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(15);

    private Operator() {}

    /** Runs a command in the repository's root, its output shown as it comes; the drill fails unless it exits 0. */
    static String run(Map<String, String> env, String... command) {
        System.out.println("[drill] $ " + String.join(" ", command));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        StringBuilder output = new StringBuilder();
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println("[drill]   " + line);
                    output.append(line).append('\n');
                }
            }
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + COMMAND_TIMEOUT);
            }
            assertThat(process.exitValue())
                    .as("exit status of %s; its output:%n%s", String.join(" ", command), output)
                    .isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return output.toString();
    }

    /** The packaged API (backend/target/quarkus-app), started like a deployment starts it, until it is ready. */
    static final class PackagedApi implements AutoCloseable {

        private static final HttpClient HTTP =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        final int port;
        private final Process process;
        private final Path log;

        private PackagedApi(int port, Process process, Path log) {
            this.port = port;
            this.process = process;
            this.log = log;
        }

        static PackagedApi start(int port, Map<String, String> env, Path log) {
            String java = ProcessHandle.current().info().command().orElse("java");
            Path jar = ROOT.resolve("backend/target/quarkus-app/quarkus-run.jar");
            assertThat(jar)
                    .as("the packaged API (scripts/restore-drill.sh builds it)")
                    .exists();
            ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            builder.environment().put("HOCVUSO_HTTP_PORT", String.valueOf(port));
            System.out.println("[drill] starting the API on port " + port + " (log: " + log + ")");
            try {
                PackagedApi api = new PackagedApi(port, builder.start(), log);
                api.awaitReady();
                return api;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Until /q/health/ready answers 200; fails at once, with the log's end, if the process dies. */
        void awaitReady() {
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new AssertionError("the API stopped; the end of its log:\n" + tail());
                        }
                        return readyStatus() == 200;
                    });
        }

        int readyStatus() {
            try {
                return HTTP.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SQL on a drill cluster, as the portal's role: what an operator types into psql. */
    record Psql(int port, String database, String user, String password) {

        /** The first column of the first row, as text (null when there is no row). */
        String query(String sql, Object... params) {
            return Database.queryString(
                    "jdbc:postgresql://127.0.0.1:" + port + "/" + database, user, password, sql, params);
        }

        long count(String sql, Object... params) {
            return Long.parseLong(query(sql, params));
        }

        /** Statements, as typed into psql (several may be separated by semicolons). */
        void execute(String sql) {
            query(sql);
        }
    }
}
