package vn.hocvuso.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Api.raw;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocvuso.backup.Operator.PackagedApi;
import vn.hocvuso.backup.Operator.Psql;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.TestKeys;
import vn.hocvuso.testing.WebhookReceiver;

/**
 * The restore drill: the runbook of docs/operations.md ("Backups and restore") followed end to end with
 * the operator's own commands, so that the runbook is proven and not only written. Learners register,
 * study and are certified through the API of a drill cluster; a backup is taken; more is written (in
 * the WAL only); an operator makes a mistake (deletes every certificate and drops the progress table)
 * and the database machine's secrets are lost; the secrets come back from their bundle, the database is
 * restored to the moment before the mistake into a fresh cluster, and the API, started on it with new
 * token keys, shows every acknowledged write up to that moment and none after it, figures equal to raw
 * counts, certificates that verify; the webhooks that failed while the integrator was down are replayed
 * from the restored outbox; then the restored cluster is protected again.
 *
 * <p>Run by {@code make test-ops} (scripts/restore-drill.sh, also in .ci/run), not by {@code make test}:
 * its name does not end in "Test", so Surefire's default includes leave it out and {@code -Dtest=RestoreDrill}
 * names it. It needs root (it creates PostgreSQL clusters with Debian's tools) and uses two clusters of its
 * own (DRILL_PG_PORT, DRILL_RESTORED_PG_PORT), never the shared one; it drops them at the end.
 */
class RestoreDrill {

    static final String VERSION = env("DRILL_PG_VERSION", "15");
    static final int PG_PORT = Integer.parseInt(env("DRILL_PG_PORT", "25432"));
    static final int RESTORED_PG_PORT = Integer.parseInt(env("DRILL_RESTORED_PG_PORT", "25433"));
    static final int API_PORT = Integer.parseInt(env("DRILL_API_PORT", "25070"));
    /** The metrics are on the management port only (the API's port + 100 here). */
    static final java.net.URL MANAGEMENT_METRICS = managementMetrics();
    /** Where an integrator's webhook receiver listens: down until after the restore. */
    static final int WEBHOOK_PORT = Integer.parseInt(env("DRILL_WEBHOOK_PORT", "25071"));

    static final Path DIR =
            Path.of(env("DRILL_DIR", Operator.ROOT.resolve(".run/restore-drill").toString()));
    static final String CLUSTER = "hocvuso_drill";
    static final String RESTORED = "hocvuso_drill_restored";
    static final String DB = "hocvuso_drill";
    static final String ADMIN_PHONE = "0988000222";
    static final String ADMIN_PASSWORD = "Quản trị diễn tập khôi phục 2026";
    static final String DB_PASSWORD = "drill-" + UUID.randomUUID();

    /** One learner as the drill knows them: only what the API acknowledged. */
    static final class Learner {
        final String phone;
        final String group;
        UUID id;
        String unit;
        String token;
        String refreshToken;
        String enrollment;
        final Map<UUID, Integer> percent = new LinkedHashMap<>();
        String certificate;
        boolean revoked;

        Learner(String phone, String group, String unit) {
            this.phone = phone;
            this.group = group;
            this.unit = unit;
        }
    }

    private final List<Learner> learners = new ArrayList<>();
    private final Map<String, String> operatorEnv = new HashMap<>();
    private List<UUID> lessons;
    private String adminToken;
    private PackagedApi api;
    private WebhookReceiver receiver;

    @BeforeAll
    static void noLeftovers() throws IOException {
        dropClusters();
        if (Files.exists(DIR)) {
            try (Stream<Path> paths = Files.walk(DIR)) {
                paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(DIR);
    }

    @AfterAll
    static void dropClusters() {
        for (String cluster : List.of(RESTORED, CLUSTER)) {
            if (Files.exists(Path.of("/etc/postgresql", VERSION, cluster))) {
                Operator.run(Map.of(), "pg_dropcluster", "--stop", VERSION, cluster);
            }
        }
    }

    @Test
    void aMistakeIsUndoneByRestoringToTheMomentBeforeIt() throws Exception {
        try {
            drill();
        } finally {
            if (api != null) {
                api.close();
            }
            if (receiver != null) {
                receiver.close();
            }
        }
    }

    private void drill() throws Exception {
        step("a PostgreSQL cluster of the drill's own, with the portal's role and database");
        Operator.run(Map.of(), "pg_createcluster", VERSION, CLUSTER, "-p", String.valueOf(PG_PORT), "--start");
        superuserSql(PG_PORT, "CREATE ROLE hocvuso LOGIN PASSWORD '" + DB_PASSWORD + "'");
        superuserSql(PG_PORT, "CREATE DATABASE " + DB + " OWNER hocvuso");
        Path keys = DIR.resolve("jwt");
        TestKeys.writePair(keys.resolve("private.pem"), keys.resolve("public.pem"));
        operatorEnv.putAll(Map.of(
                "HOCVUSO_BACKUP_ENV", DIR.resolve("backup.env").toString(),
                "HOCVUSO_BACKUP_CLUSTER", VERSION + "/" + CLUSTER,
                "HOCVUSO_BACKUP_DB", DB,
                "HOCVUSO_BACKUP_REPO", DIR.resolve("repository").toString(),
                "HOCVUSO_BACKUP_CONFIG", DIR.resolve("pgbackrest/hocvuso.conf").toString(),
                "HOCVUSO_BACKUP_CIPHER_PASS_FILE",
                        DIR.resolve("secrets/backup-cipher-pass").toString(),
                "HOCVUSO_BACKUP_LOG_PATH", DIR.resolve("pgbackrest-log").toString(),
                "HOCVUSO_BACKUP_LOCK_PATH", DIR.resolve("pgbackrest-lock").toString(),
                // The operator's answer to "restart now?": this cluster is the drill's own.
                "HOCVUSO_BACKUP_RESTART", "yes"));
        operatorEnv.putAll(Map.of(
                "HOCVUSO_JWT_PRIVATE_KEY", keys.resolve("private.pem").toString(),
                "HOCVUSO_JWT_PUBLIC_KEY", keys.resolve("public.pem").toString(),
                "SECRETS_PASSPHRASE_FILE", DIR.resolve("bundle-passphrase").toString()));
        Files.writeString(DIR.resolve("bundle-passphrase"), "a passphrase two people keep, apart from the bundle");

        step("runbook, Setting up: make backup-setup (archiving on: one restart, answered yes)");
        assertThat(operator("make", "backup-setup")).contains("WAL archiving works");

        step("the API on the drill cluster, with backups configured");
        api = startApi(PG_PORT, keys);
        adminToken = (String) Learners.login(ADMIN_PHONE, ADMIN_PASSWORD).get("accessToken");
        assertThat(backupDetails()).containsEntry("backups", "NONE").containsEntry("walArchive", "OK");
        // An integrator subscribes to registrations; its receiver is down until after the restore.
        api(adminToken)
                .body(Map.of(
                        "url", "http://127.0.0.1:" + WEBHOOK_PORT + "/hook", "events", List.of("learner.registered")))
                .post("/api/v1/webhooks/subscriptions")
                .then()
                .statusCode(201);

        step("before the backup: six learners register, study and are certified");
        Learner a1 = certified("CITIZEN", "21211");
        certified("CBCCVC", "21172");
        Learner a3 = enrolled("STUDENT", "21025");
        study(a3, 0, 100);
        study(a3, 1, 100);
        study(a3, 2, 100);
        study(a3, 3, 40);
        Learner a4 = enrolled("WORKER", "21211");
        Learner a5 = registered("CITIZEN", "21548");
        certified("CBCCVC", "21211");

        await().atMost(Duration.ofMinutes(1))
                .untilAsserted(() -> assertThat(failedDeliveries()).hasSize(6));

        step("runbook, Backups: make backup (the first one is full), recorded for the API");
        String backupOutput = operator("make", "backup");
        String firstLabel = backupOutput.replaceAll("(?s).*backup (\\S+) done and recorded.*", "$1");
        assertThat(info().getList("backup.label.flatten()")).containsExactly(firstLabel);
        assertThat(backupDetails())
                .containsEntry("backups", "OK")
                .containsEntry("lastBackup", firstLabel)
                .containsEntry("lastBackupKind", "full");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(BackupHealthTest.metric(MANAGEMENT_METRICS, "hocvuso_backup_stale"))
                    .isZero();
            assertThat(BackupHealthTest.metric(MANAGEMENT_METRICS, "hocvuso_wal_archive_failing"))
                    .isZero();
        });

        step("encryption at rest: every file of the repository is ciphertext");
        try (Stream<Path> files = Files.walk(DIR.resolve("repository"))) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).hasSizeGreaterThan(100);
            assertThat(all)
                    .allSatisfy(file ->
                            assertThat(head(file, 8)).as(file.toString()).isEqualTo("Salted__"));
        }

        step("runbook, Secrets and keys: make secrets-backup, kept apart from the repository");
        operatorEnv.put("DEST", DIR.resolve("offsite").toString());
        operator("make", "secrets-backup");
        operatorEnv.remove("DEST");

        step("after the backup (in the WAL only): more learners, progress, certificates, a revocation, a move");
        certified("CITIZEN", "21211");
        certified("STUDENT", "21172");
        Learner b3 = enrolled("WORKER", "21025");
        study(b3, 0, 100);
        study(b3, 1, 100);
        registered("CITIZEN", "23293");
        certified("CBCCVC", "21548");
        study(a3, 3, 100);
        study(a3, 4, 60);
        a5.enrollment = Journeys.enroll(a5.token, SeedCourse.ID);
        api(adminToken)
                .body(Map.of("reason", "Diễn tập khôi phục: cấp nhầm"))
                .post("/api/v1/admin/certificates/" + a1.certificate + "/revoke")
                .then()
                .statusCode(200);
        a1.revoked = true;
        api(a4.token)
                .body(Map.of("unitCode", "21172"))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        a4.unit = "21172";

        Psql damaged = new Psql(PG_PORT, DB, "hocvuso", DB_PASSWORD);
        String moment = damaged.query(
                "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'");
        step("the moment to restore to: " + moment);

        step("after that moment: a registration and a progress report, acknowledged, then the mistake");
        var late = Learners.registration();
        UUID lateId = Learners.register(late);
        Journeys.progress(b3.token, b3.enrollment, lessons.get(2), 100);
        damaged.execute("DELETE FROM certificate; DROP TABLE lesson_progress");
        raw().get("/api/v1/certificates/" + learners.get(1).certificate).then().statusCode(404);

        step("the database machine's secrets are lost with it: make secrets-restore brings them back");
        Files.delete(Path.of(operatorEnv.get("HOCVUSO_BACKUP_CONFIG")));
        Files.delete(Path.of(operatorEnv.get("HOCVUSO_BACKUP_CIPHER_PASS_FILE")));
        Path bundle;
        try (Stream<Path> bundles = Files.list(DIR.resolve("offsite"))) {
            bundle = bundles.findFirst().orElseThrow();
        }
        operatorEnv.put("SECRETS_OVERWRITE", "yes");
        operator("make", "secrets-restore", "FILE=" + bundle);
        assertThat(Path.of(operatorEnv.get("HOCVUSO_BACKUP_CONFIG"))).exists();

        step("runbook, Restore to a moment: stop the API, make restore, stop the damaged cluster");
        api.close();
        api = null;
        String restoreOutput =
                operator("make", "restore", "TIME=" + moment, "NAME=" + RESTORED, "PORT=" + RESTORED_PG_PORT);
        assertThat(restoreOutput).contains("restored: cluster " + VERSION + "/" + RESTORED);
        Operator.run(Map.of(), "pg_ctlcluster", VERSION, CLUSTER, "stop");

        step("runbook, After a restore: new token keys (the old ones may have leaked with the machine)");
        Path newKeys = DIR.resolve("jwt-rotated");
        TestKeys.writePair(newKeys.resolve("private.pem"), newKeys.resolve("public.pem"));
        receiver = WebhookReceiver.startOn(WEBHOOK_PORT);
        api = startApi(RESTORED_PG_PORT, newKeys);
        adminToken = (String) Learners.login(ADMIN_PHONE, ADMIN_PASSWORD).get("accessToken");

        step("runbook, After a restore: the outbox is back; pending deliveries go out, failed ones are replayed");
        List<String> failed = failedDeliveries();
        assertThat(failed).isNotEmpty();
        for (String delivery : failed) {
            api(adminToken)
                    .post("/api/v1/webhooks/deliveries/" + delivery + "/replay")
                    .then()
                    .statusCode(200);
        }
        List<String> expected = learners.stream().map(l -> l.id.toString()).toList();
        await().atMost(Duration.ofMinutes(1))
                .untilAsserted(() -> assertThat(registeredLearners()).containsAll(expected));
        assertThat(registeredLearners())
                .as("no event of a registration after the moment")
                .doesNotContain(lateId.toString());

        step("every acknowledged write up to the moment is there, through the API");
        for (Learner learner : learners) {
            checkRestored(learner);
        }
        api().body(Map.of("login", late.get("phone"), "password", Learners.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);

        step("the figures equal raw counts of the restored database, and the drill's own count");
        Psql restored = new Psql(RESTORED_PG_PORT, DB, "hocvuso", DB_PASSWORD);
        checkFigures(restored);

        step("old access tokens are refused; a refresh token (kept in the database) still works");
        api(a1.token).get("/api/v1/me").then().statusCode(401);
        String refreshed = api().body(Map.of("refreshToken", a1.refreshToken))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        api(refreshed).get("/api/v1/me").then().statusCode(200).body("phone", equalTo("+84" + a1.phone.substring(1)));

        step("readiness tells the truth: the last backup is the one before the moment; this copy does not archive");
        assertThat(backupDetails())
                .containsEntry("backups", "OK")
                .containsEntry("lastBackup", firstLabel)
                .containsEntry("walArchive", "OFF");

        step("runbook, After a restore: protect the restored cluster (make backup-setup, make backup TYPE=full)");
        operatorEnv.put("HOCVUSO_BACKUP_CLUSTER", VERSION + "/" + RESTORED);
        operator("make", "backup-setup");
        api.awaitReady();
        String fullOutput = operator("make", "backup", "TYPE=full");
        String newLabel = fullOutput.replaceAll("(?s).*backup (\\S+) done and recorded.*", "$1");
        JsonPath info = info();
        assertThat(info.getList("backup.label.flatten()")).contains(firstLabel, newLabel);
        assertThat(info.getString("backup.flatten().find { it.label == '" + newLabel + "' }.archive.start"))
                .as("the new backup is on the restored cluster's new timeline")
                .startsWith("00000002");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(backupDetails())
                        .containsEntry("backups", "OK")
                        .containsEntry("lastBackup", newLabel)
                        .containsEntry("walArchive", "OK"));
        step("done: the runbook restored the portal to the moment before the mistake");
    }

    private void checkRestored(Learner learner) {
        Map<String, Object> tokens = Learners.login(learner.phone, Learners.PASSWORD);
        String token = (String) tokens.get("accessToken");
        api(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("unit.code", equalTo(learner.unit))
                .body("learnerGroup", equalTo(learner.group));
        if (learner.enrollment == null) {
            api(token)
                    .get("/api/v1/courses/" + SeedCourse.ID)
                    .then()
                    .statusCode(200)
                    .body("enrollmentId", equalTo(null));
            return;
        }
        JsonPath outline = api(token)
                .get("/api/v1/courses/" + SeedCourse.ID)
                .then()
                .statusCode(200)
                .body("enrollmentId", equalTo(learner.enrollment))
                .extract()
                .jsonPath();
        List<Map<String, Object>> shown = outline.getList("modules.lessons.flatten()");
        for (Map<String, Object> lesson : shown) {
            Integer expected = learner.percent.get(UUID.fromString((String) lesson.get("id")));
            Object percent = lesson.get("percent");
            if (expected == null) {
                assertThat(percent)
                        .as("lesson %s of %s, never reported before the moment", lesson.get("id"), learner.phone)
                        .isIn(null, 0);
            } else {
                assertThat(percent)
                        .as("lesson %s of %s", lesson.get("id"), learner.phone)
                        .isEqualTo(expected);
            }
        }
        api(token)
                .get("/api/v1/enrollments/" + learner.enrollment)
                .then()
                .statusCode(200)
                .body("certificateCode", equalTo(learner.certificate));
        if (learner.certificate != null) {
            api().get("/api/v1/certificates/" + learner.certificate)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo(learner.revoked ? "REVOKED" : "VALID"));
            byte[] pdf = api().accept("application/pdf")
                    .get("/api/v1/certificates/" + learner.certificate + "/pdf")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        }
    }

    private void checkFigures(Psql db) {
        JsonPath summary = api(adminToken)
                .get("/api/v1/stats/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String course = SeedCourse.ID.toString();
        long certified = learners.stream()
                .filter(l -> l.certificate != null && !l.revoked)
                .count();
        assertThat(summary.getLong("counts.learners"))
                .isEqualTo(db.count("SELECT count(*) FROM app_user"))
                .isEqualTo(learners.size() + 1L); // and the administrator
        assertThat(summary.getLong("counts.enrolled"))
                .isEqualTo(db.count("SELECT count(*) FROM enrollment WHERE course_id = ?::uuid", course))
                .isEqualTo(learners.stream().filter(l -> l.enrollment != null).count());
        assertThat(summary.getLong("counts.completedLessons"))
                .isEqualTo(db.count(
                        "SELECT count(*) FROM enrollment WHERE course_id = ?::uuid AND lessons_completed_at IS NOT NULL",
                        course));
        assertThat(summary.getLong("counts.passed"))
                .isEqualTo(db.count(
                        "SELECT count(*) FROM enrollment WHERE course_id = ?::uuid AND passed_at IS NOT NULL", course));
        assertThat(summary.getLong("counts.certified"))
                .isEqualTo(db.count(
                        "SELECT count(*) FROM certificate WHERE course_id = ?::uuid AND revoked_at IS NULL", course))
                .isEqualTo(certified);
        for (String unit : learners.stream().map(l -> l.unit).distinct().toList()) {
            api(adminToken)
                    .get("/api/v1/stats/units/" + unit)
                    .then()
                    .statusCode(200)
                    .body("counts.learners", equalTo((int)
                            db.count("SELECT count(*) FROM app_user WHERE unit_code = ?", unit)))
                    .body("counts.certified", equalTo((int) db.count("""
                            SELECT count(*) FROM certificate c JOIN app_user u ON u.id = c.user_id
                            WHERE u.unit_code = ? AND c.revoked_at IS NULL AND c.course_id = ?::uuid""", unit, course)));
        }
    }

    // --- learners, through the API; the ledger keeps only what was acknowledged -------------------------

    private Learner registered(String group, String unit) {
        Map<String, Object> body =
                Learners.with(Learners.with(Learners.registration(), "learnerGroup", group), "unitCode", unit);
        UUID id = Learners.register(body);
        Learner learner = new Learner((String) body.get("phone"), group, unit);
        learner.id = id;
        Map<String, Object> tokens = Learners.login(learner.phone, Learners.PASSWORD);
        learner.token = (String) tokens.get("accessToken");
        learner.refreshToken = (String) tokens.get("refreshToken");
        learners.add(learner);
        return learner;
    }

    private Learner enrolled(String group, String unit) {
        Learner learner = registered(group, unit);
        learner.enrollment = Journeys.enroll(learner.token, SeedCourse.ID);
        if (lessons == null) {
            lessons = api(learner.token)
                    .get("/api/v1/courses/" + SeedCourse.ID)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("modules.lessons.id.flatten()", String.class)
                    .stream()
                    .map(UUID::fromString)
                    .toList();
        }
        return learner;
    }

    private Learner certified(String group, String unit) {
        Learner learner = enrolled(group, unit);
        for (int i = 0; i < lessons.size(); i++) {
            study(learner, i, 100);
        }
        Psql db = new Psql(PG_PORT, DB, "hocvuso", DB_PASSWORD);
        learner.certificate = SeedCourse.takeTest(
                        learner.token,
                        learner.enrollment,
                        true,
                        question -> db.query("SELECT correct_option FROM question WHERE id = ?::uuid", question))
                .getString("certificateCode");
        assertThat(learner.certificate).isNotNull();
        return learner;
    }

    private void study(Learner learner, int lesson, int percent) {
        Journeys.progress(learner.token, learner.enrollment, lessons.get(lesson), percent);
        learner.percent.put(lessons.get(lesson), percent);
    }

    // --- the operator's side ------------------------------------------------------------------------

    private String operator(String... command) {
        return Operator.run(operatorEnv, command);
    }

    private PackagedApi startApi(int pgPort, Path keys) {
        Map<String, String> env = new HashMap<>(Map.of(
                "HOCVUSO_DB_HOST",
                "127.0.0.1",
                "HOCVUSO_DB_PORT",
                String.valueOf(pgPort),
                "HOCVUSO_DB_NAME",
                DB,
                "HOCVUSO_DB_USER",
                "hocvuso",
                "HOCVUSO_DB_PASSWORD",
                DB_PASSWORD,
                "HOCVUSO_JWT_PRIVATE_KEY",
                keys.resolve("private.pem").toString(),
                "HOCVUSO_JWT_PUBLIC_KEY",
                keys.resolve("public.pem").toString(),
                "HOCVUSO_ADMIN_PHONE",
                ADMIN_PHONE,
                "HOCVUSO_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                "HOCVUSO_BACKUPS_ENABLED",
                "true"));
        env.putAll(Map.of(
                "HOCVUSO_BACKUPS_REFRESH_INTERVAL",
                "PT1S",
                "HOCVUSO_LOG_JSON",
                "false",
                "QUARKUS_HTTP_ACCESS_LOG_ENABLED",
                "false",
                "HOCVUSO_MANAGEMENT_PORT",
                String.valueOf(MANAGEMENT_METRICS.getPort())));
        // The receiver is a local http:// peer; it gives up quickly while it is down, so that deliveries fail.
        env.putAll(Map.of(
                "HOCVUSO_INTEGRATIONS_WEBHOOKS_ALLOW_HTTP",
                "true",
                "HOCVUSO_INTEGRATIONS_WEBHOOKS_ALLOWED_NETWORKS",
                "127.0.0.1/32",
                "HOCVUSO_INTEGRATIONS_WEBHOOKS_POLL_INTERVAL",
                "PT1S",
                "HOCVUSO_INTEGRATIONS_WEBHOOKS_BACKOFF",
                "PT0.5S",
                "HOCVUSO_INTEGRATIONS_WEBHOOKS_MAX_BACKOFF",
                "PT1S",
                "HOCVUSO_INTEGRATIONS_WEBHOOKS_MAX_ATTEMPTS",
                "2",
                "HOCVUSO_INTEGRATIONS_WEBHOOKS_TIMEOUT",
                "PT2S"));
        // The drill's learners study in seconds; the plausible-completion rule (a minimum reading time) is
        // the learning tests' subject, not the drill's, and is off here as in the other scripted runs.
        env.put("HOCVUSO_PLAUSIBLE_COMPLETION", "false");
        PackagedApi started = PackagedApi.start(API_PORT, env, DIR.resolve("api-" + pgPort + ".log"));
        RestAssured.port = API_PORT;
        return started;
    }

    private static void superuserSql(int port, String sql) {
        Operator.run(
                Map.of(),
                "runuser",
                "-u",
                "postgres",
                "--",
                "psql",
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-p",
                String.valueOf(port),
                "-d",
                "postgres",
                "-c",
                sql);
    }

    private JsonPath info() {
        return new JsonPath(Operator.run(
                Map.of(),
                "runuser",
                "-u",
                "postgres",
                "--",
                "pgbackrest",
                "--config=" + operatorEnv.get("HOCVUSO_BACKUP_CONFIG"),
                "--stanza=hocvuso",
                "info",
                "--output=json"));
    }

    private List<String> failedDeliveries() {
        return api(adminToken)
                .queryParam("status", "FAILED")
                .queryParam("size", 100)
                .get("/api/v1/webhooks/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    /** The learners whose registration the integrator's receiver got. */
    private List<String> registeredLearners() {
        return receiver.received().stream()
                .map(r -> new JsonPath(r.body()).getString("data.learnerId"))
                .toList();
    }

    private static Map<String, Object> backupDetails() {
        return raw().get("/q/health/ready")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("checks.find { it.name == 'backups' }.data");
    }

    private static String head(Path file, int bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(bytes), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private static void step(String what) {
        System.out.println("[drill] === " + what);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static java.net.URL managementMetrics() {
        try {
            return java.net
                    .URI
                    .create("http://127.0.0.1:" + (API_PORT + 100) + "/q/metrics")
                    .toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
