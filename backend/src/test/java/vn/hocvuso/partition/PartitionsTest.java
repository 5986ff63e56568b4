package vn.hocvuso.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Partitions;
import vn.hocvuso.testing.Tokens;
import vn.hocvuso.testing.WithTestClock;

/**
 * learning_fact and audit_event (V139) and the daily rollups (V147) partitioned by month: the shape the
 * migrations leave, and rows written through the API landing in their month's partition and read back by the
 * endpoints that show them.
 */
@QuarkusTest
class PartitionsTest extends WithTestClock {

    private static final String UNIT = "21211";

    @Inject
    PartitionJob job;

    @Test
    void theMigrationLeavesBothTablesPartitionedByMonthWithTheirKeysTriggersAndSequences() {
        // The first monthly boundary: the month after the one in which V139 ran (Vietnam time).
        LocalDate first = LocalDate.parse(Database.queryString("""
                SELECT (date_trunc('month', installed_on::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '1 month')::date
                FROM flyway_schema_history WHERE version = '139'
                """));
        for (String table : List.of("learning_fact", "audit_event")) {
            List<Partitions.Part> parts = Partitions.list(table);
            String before = table + "_before_" + month(first);
            assertThat(parts.get(0).name())
                    .as("the old table, all before %s", first)
                    .isEqualTo(before);
            assertThat(parts.get(0).from()).isNull();
            assertThat(parts.get(0).to().toInstant())
                    .isEqualTo(first.atStartOfDay(PartitionJob.VIETNAM).toInstant());
            assertThat(parts.stream().map(Partitions.Part::name))
                    .containsSubsequence(
                            before,
                            table + "_" + month(first),
                            table + "_" + month(first.plusMonths(1)),
                            table + "_" + month(first.plusMonths(2)),
                            table + "_" + month(first.plusMonths(3)));
            assertThat(parts.get(parts.size() - 1).name()).isEqualTo(table + "_default");
            assertThat(Database.queryString(
                            "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = ?", table + "_pkey"))
                    .isEqualTo("PRIMARY KEY (id, occurred_at)");
            assertThat(Database.queryString("SELECT pg_get_serial_sequence(?, 'id')", table))
                    .as("the identity keeps its sequence (V70 numbers reminders from learning_fact's)")
                    .isEqualTo("public." + table + "_id_seq");
            // Every partition carries the parent's indexes (the old table's attached, not rebuilt).
            assertThat(Database.queryString("""
                    SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                    WHERE i.indrelid = ?::regclass AND c.relkind = 'i'
                    """, before)).isEqualTo("3");
        }
        assertThat(Database.queryString("""
                SELECT string_agg(tgname, ',' ORDER BY tgname) FROM pg_trigger
                WHERE tgrelid = 'learning_fact'::regclass AND NOT tgisinternal
                """)).isEqualTo("stat_fact,webhook_fact");
    }

    @Test
    void theMigrationLeavesTheDailyRollupsPartitionedByMonthOnTheirDayWithTheirKeysAndTrigger() {
        LocalDate first = LocalDate.parse(Database.queryString("""
                SELECT (date_trunc('month', installed_on::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '1 month')::date
                FROM flyway_schema_history WHERE version = '147'
                """));
        for (String table :
                List.of("stat_daily", "stat_state_daily", "stat_village_daily", "stat_village_state_daily")) {
            List<Partitions.Part> parts = Partitions.list(table);
            String before = table + "_before_" + month(first);
            assertThat(parts.get(0).name())
                    .as("the old table, every day before %s", first)
                    .isEqualTo(before);
            assertThat(parts.get(0).to().toInstant())
                    .isEqualTo(first.atStartOfDay(PartitionJob.VIETNAM).toInstant());
            assertThat(parts.stream().map(Partitions.Part::name))
                    .containsSubsequence(before, table + "_" + month(first), table + "_" + month(first.plusMonths(3)));
            assertThat(parts.get(parts.size() - 1).name()).isEqualTo(table + "_default");
            assertThat(Database.queryString("SELECT pg_get_partkeydef(?::regclass)", table))
                    .isEqualTo("RANGE (day)");
            assertThat(Database.queryString(
                            "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = ?", table + "_pkey"))
                    .as("the upserts' conflict key, unchanged")
                    .startsWith("PRIMARY KEY (day, ");
        }
        assertThat(Database.queryString("""
                SELECT count(*) FROM pg_index WHERE indrelid = 'stat_daily_before_%s'::regclass
                """.formatted(month(first))))
                .as("the old table's key and three indexes, attached to the parent's")
                .isEqualTo("4");
        // A TRUNCATE of one partition by its own name (here a month ahead, empty) still tells the villages' cached
        // sums that past days may have changed (V124); every partition, the old table and the default included,
        // has the trigger.
        String version = "SELECT sum(version) FROM stat_village_daily_past_version";
        String was = Database.queryString(version);
        Database.execute("TRUNCATE stat_village_daily_" + month(first.plusMonths(3)));
        assertThat(Database.queryString(version)).isNotEqualTo(was);
        assertThat(Database.queryString("""
                        SELECT string_agg(p.partition::text, ',') FROM partition_list('stat_village_daily') p
                        WHERE NOT EXISTS (SELECT 1 FROM pg_trigger t
                                          WHERE t.tgrelid = p.partition AND t.tgname = 'stat_village_daily_truncated')
                        """))
                .as("partitions without the villages' TRUNCATE trigger")
                .isNull();
    }

    @Test
    void theAuditTrailStaysAppendOnlyInEveryPartition() {
        Database.execute("""
                INSERT INTO audit_event (action, subject_type, subject_id) VALUES ('test.partition', 'test', 'append-only')
                """);
        String partition = Partitions.holding("audit_event", "subject_id = 'append-only' LIMIT 1");
        for (String change : List.of(
                "UPDATE audit_event SET action = 'changed' WHERE subject_id = 'append-only'",
                "DELETE FROM audit_event WHERE subject_id = 'append-only'",
                "UPDATE " + partition + " SET action = 'changed' WHERE subject_id = 'append-only'",
                "TRUNCATE " + partition,
                "TRUNCATE audit_event_default",
                "TRUNCATE audit_event")) {
            assertThatThrownBy(() -> Database.execute(change))
                    .as(change)
                    .hasStackTraceContaining("audit_event is append-only");
        }
    }

    @Test
    void aLearningFactLandsInItsMonthsPartitionAndTheStatisticsCountIt() {
        job.upkeep().await().indefinitely(); // this month and the next three exist
        LocalDate nextMonth = LocalDate.now(PartitionJob.VIETNAM).plusMonths(1).withDayOfMonth(15);
        setBothClocks(Duration.between(
                ZonedDateTime.now(PartitionJob.VIETNAM), nextMonth.atTime(10, 0).atZone(PartitionJob.VIETNAM)));
        int before = registeredToday();

        // A fact as the services write it (occurred_at from the rollups' clock, now next month), written here
        // rather than by registering someone next month: a learner who joins in the future would stay in every
        // later test's province as a change after today, which the figures as of a past day take back.
        UUID learner = UUID.randomUUID();
        Database.execute(
                "INSERT INTO learning_fact (kind, user_id, unit_code, learner_group) VALUES ('REGISTERED', ?::uuid, ?, 'CITIZEN')",
                learner.toString(),
                UNIT);

        assertThat(Partitions.holding("learning_fact", "user_id = ? AND kind = 'REGISTERED'", learner))
                .isEqualTo("learning_fact_" + month(nextMonth));
        assertThat(Partitions.holding(
                        "stat_daily",
                        "day = ?::date AND unit_code = ? AND kind = 'REGISTERED' LIMIT 1",
                        nextMonth,
                        UNIT))
                .as("the statistics' daily row of that day, in its month's partition")
                .isEqualTo("stat_daily_" + month(nextMonth));
        emptyStatsCaches();
        assertThat(registeredToday())
                .as("the statistics' triggers ran for the row in its partition")
                .isEqualTo(before + 1);
    }

    @Test
    void anAuditEventLandsInItsMonthsPartitionAndTheManagersListShowsIt() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        api(Tokens.unitManager(UNIT))
                .body(Map.of("login", learner.phone()))
                .post("/api/v1/unit-helpers/" + UNIT)
                .then()
                .statusCode(201);
        String helperToken =
                (String) Learners.login(learner.phone(), Learners.PASSWORD).get("accessToken");
        Map<String, Object> person = new HashMap<>(Learners.person(UNIT, "CITIZEN", "Đinh Văn Tháng"));
        person.remove("password");
        person.put("consent", true);
        person.put("consentText", "Tôi đồng ý để người hỗ trợ tạo tài khoản cho tôi.");
        String personId = api(helperToken)
                .body(person)
                .post("/api/v1/assisted/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String where = "action = 'helper.registered' AND subject_id = ?";
        String partition = Partitions.holding("audit_event", where, personId);
        Partitions.Part part = Partitions.list("audit_event").stream()
                .filter(p -> p.name().equals(partition))
                .findFirst()
                .orElseThrow();
        assertThat(part.isDefault()).as("its month has its partition").isFalse();
        assertThat(Database.queryString(
                        "SELECT occurred_at >= coalesce(?::timestamptz, '-infinity') AND occurred_at < ?::timestamptz FROM audit_event WHERE "
                                + where,
                        part.from(),
                        part.to(),
                        personId))
                .isEqualTo("t");
        api(Tokens.unitManager(UNIT))
                .queryParam("size", 100)
                .get("/api/v1/unit-helpers/" + UNIT + "/activity")
                .then()
                .statusCode(200)
                .body("items.find { it.personId == '" + personId + "' }.action", equalTo("helper.registered"));
    }

    /** The unit's learners registered on the application's today, as its statistics show them. */
    private int registeredToday() {
        String today = ZonedDateTime.now(clock)
                .withZoneSameInstant(PartitionJob.VIETNAM)
                .toLocalDate()
                .toString();
        Integer registered = api(Tokens.unitManager(UNIT))
                .get("/api/v1/stats/units/" + UNIT)
                .then()
                .statusCode(200)
                .extract()
                .path("series.find { it.day == '" + today + "' }.registered");
        return registered == null ? 0 : registered;
    }

    private static String month(LocalDate day) {
        return String.format("%d_%02d", day.getYear(), day.getMonthValue());
    }
}
