package vn.hocvuso.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hocvuso.security.Role;
import vn.hocvuso.testing.ContractOperations;
import vn.hocvuso.testing.ContractOperations.Operation;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.FileReaders;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SweepIds;
import vn.hocvuso.testing.SyntheticProvince;
import vn.hocvuso.testing.Tokens;
import vn.hocvuso.testing.WhoMayCall;
import vn.hocvuso.testing.WhoMayCall.Access;
import vn.hocvuso.testing.WhoMayCall.Person;

/**
 * Issue 15's isolation sweep, as far as tenancy goes today: a second, synthetic province ("Tỉnh Thử Nghiệm", one
 * unit and one school, made for this test and removed after it) whose administrator (PROVINCE_ADMIN), unit
 * manager, school's manager, learner, helper ("Đại sứ số" of its unit), and every service scope limited to its
 * unit, call every reading of the contract they may call (every role of {@link Person}), with Quảng Ngãi's ids in the path and query (a learner who
 * passed a test, their enrolment and certificate, Xã Tịnh Khê, a report). No answer may carry a row of Quảng Ngãi: none of
 * its units' codes or names, its organisations', targets' or villages' names, the learner's id, name, enrolment or
 * certificate, its own course's id or title. Every writing of theirs (a person's own account aside: moving to a
 * commune of Quảng Ngãi is theirs to do) whose request names one of those ids is refused (an import's rows each
 * refused as out of their scope). Generated from the contract and {@link WhoMayCall}, so a new operation is swept
 * the day it is added.
 *
 * <p>Not swept, and why: the national administrator (ADMIN is the whole portal's: it
 * sees every province by design; a province's is PROVINCE_ADMIN, swept here) and the public readings (units, organisations, courses and the dashboard are listed for everyone, all provinces).
 *
 * <p>The markers are names and ids: a sum over Quảng Ngãi's learners carries none. {@link
 * #theSecondProvincesFiguresAndTargetsAreItsOwn} checks the province-wide figures by their numbers.
 */
@QuarkusTest
class ProvinceIsolationSweepTest {

    static final String PROVINCE = SyntheticProvince.CODE;
    static final String UNIT = SyntheticProvince.UNIT;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final ContractOperations CONTRACT = ContractOperations.read();

    private static Fixture fixture;

    static Stream<Operation> readings() {
        return CONTRACT.all().stream().filter(o -> o.reads() && !o.anonymousAllowed());
    }

    @BeforeEach
    void twoProvinces() {
        if (fixture == null) {
            fixture = new Fixture();
        }
    }

    @AfterAll
    static void onlyQuangNgaiAgain() {
        if (fixture == null) {
            return;
        }
        // Also forgets the cached unit directories, or the next test would see 97 units.
        SyntheticProvince.remove();
        fixture = null;
    }

    @Test
    void theSecondProvinceIsThereAndSaysItIsSynthetic() {
        api().get("/api/v1/provinces/" + PROVINCE).then().statusCode(200);
        assertThat(Database.queryString("SELECT province_code FROM unit WHERE code = ?", UNIT))
                .isEqualTo(PROVINCE);
        assertThat(Database.queryString("SELECT synthetic::text FROM province WHERE code = ?", PROVINCE))
                .isEqualTo("true");
        // The sweep is not empty: the unit manager may call readings, and the markers are there to find.
        assertThat(readings().filter(o -> !fixture.callersFor(o).isEmpty())).hasSizeGreaterThan(10);
        assertThat(writings().filter(o -> !fixture.callersFor(o).isEmpty() && fixture.namedBy(o) != null))
                .hasSizeGreaterThan(5);
        assertThat(fixture.markers).contains("21211", "Xã Tịnh Khê", fixture.learnerId);
    }

    /**
     * Every role is swept but the national administrator's (every province's by design): a role added to {@link
     * Role} fails here until the sweep calls with it too.
     */
    @Test
    void everyRoleButTheNationsIsSwept() {
        Set<String> swept = new LinkedHashSet<>();
        Stream.concat(readings(), writings())
                .forEach(o -> fixture.callersFor(o)
                        .keySet()
                        .forEach(caller -> swept.add(
                                caller.startsWith("service ")
                                        ? Role.INTEGRATOR.name()
                                        : caller.substring(0, caller.indexOf(' ')))));
        assertThat(swept)
                .containsExactlyInAnyOrderElementsOf(Stream.of(Role.values())
                        .filter(r -> r != Role.ADMIN)
                        .map(Role::name)
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readings")
    void anotherProvincesManagerReadsNoneOfQuangNgaisRows(Operation operation) {
        Map<String, String> callers = fixture.ownAccountAside(operation, fixture.callersFor(operation));
        List<String> leaks = new ArrayList<>();
        callers.forEach((caller, token) -> {
            Response answer = operation
                    .request(api(token))
                    .request(operation.verb(), operation.filledPath(name -> fixture.value(operation, name)));
            if (answer.statusCode() >= 200 && answer.statusCode() < 300) {
                String found = fixture.firstMarkerIn(answer);
                if (found != null) {
                    leaks.add(caller + " read " + found);
                }
            }
        });
        assertThat(leaks).as("%s", operation).isEmpty();
    }

    /**
     * The summary and the targets are "the province's": for the second province's manager, its own (no learner,
     * no target, its one unit's population), while Quảng Ngãi's managers and the administrator see Quảng Ngãi's.
     */
    @Test
    void theSecondProvincesFiguresAndTargetsAreItsOwn() {
        String quangNgai = Tokens.unitManager("21211");
        String second = Tokens.unitManager(UNIT);
        String admin = Tokens.admin();
        long learners = learners(admin, "");
        assertThat(learners).as("Quảng Ngãi has the fixture's learner at least").isPositive();
        api(quangNgai)
                .get("/api/v1/stats/summary")
                .then()
                .statusCode(200)
                .body("counts.learners", equalTo((int) learners))
                .body("targets", not(empty()));
        api(second)
                .get("/api/v1/stats/summary?days=7&compareTo="
                        + LocalDate.now(VIETNAM).minusDays(3))
                .then()
                .statusCode(200)
                .body("counts.learners", equalTo(0))
                .body("counts.certified", equalTo(0))
                .body("byGroup.learners", everyItem(equalTo(0)))
                .body("adultLearners", equalTo(0))
                .body("rates.participation.denominator", equalTo(700))
                .body("rates.participation.percent", equalTo(0.0f))
                .body("series.registered", everyItem(equalTo(0)))
                .body("series.certified", everyItem(equalTo(0)))
                .body("targets", empty())
                .body("change.counts.learners", equalTo(0));
        api(quangNgai).get("/api/v1/stats/targets").then().statusCode(200).body("items", not(empty()));
        api(second).get("/api/v1/stats/targets").then().statusCode(200).body("items", empty());
        api(Tokens.integrator("stats:read", List.of(UNIT)))
                .get("/api/v1/stats/targets")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    /**
     * A write that names one of Quảng Ngãi's ids (a unit, a learner, an enrolment: in its path, query or body, as
     * the contract's examples and the sweep's ids fill it) is refused to another province's manager: nothing of
     * Quảng Ngãi is changed, sent or made on their word. A write that names none of them is not judged here.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("writings")
    void anotherProvincesManagerChangesNothingOfQuangNgai(Operation operation) {
        String path = operation.filledPath(name -> fixture.value(operation, name));
        String named = fixture.namedBy(operation);
        List<String> done = new ArrayList<>();
        if (named != null) {
            fixture.ownAccountAside(operation, fixture.callersFor(operation)).forEach((caller, token) -> {
                Response answer = operation.request(api(token)).request(operation.verb(), path);
                if (answer.statusCode() < 400 && !everyRowRefused(answer, token)) {
                    done.add(caller + " naming " + named + ": " + answer.statusCode() + " " + answer.asString());
                }
            });
        }
        assertThat(done).as("%s", operation).isEmpty();
    }

    /**
     * An import answers for its file (200, or 202 and then its state): it is refused row by row, so Quảng Ngãi's rows
     * must each be refused as out of the caller's scope, and nothing made or changed.
     */
    private static boolean everyRowRefused(Response answer, String token) {
        JsonPath body = answer.jsonPath();
        if (answer.statusCode() == 202 && body.getString("status") != null) {
            String state = "/api/v1/imports/rosters/" + body.getString("id");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Set.of("DONE", "FAILED")
                            .contains(api(token).get(state).then().extract().path("status")));
            JsonPath done =
                    api(token).get(state).then().statusCode(200).extract().jsonPath();
            return done.getInt("created") == 0 && done.getInt("updated") == 0 && done.getInt("errors") > 0;
        }
        List<String> codes = body.getList("errors.code", String.class);
        boolean nothingMade = Stream.of("validRows", "toCreate", "toUpdate", "created", "updated")
                .map(body::get)
                .allMatch(n -> n == null || ((Number) n).intValue() == 0);
        return codes != null
                && !codes.isEmpty()
                && codes.stream().allMatch(c -> c.startsWith("out_of_scope"))
                && nothingMade;
    }

    static Stream<Operation> writings() {
        return CONTRACT.all().stream().filter(o -> !o.reads() && !o.anonymousAllowed());
    }

    /** The public dashboard, one province's (its units, its targets) or every province's. */
    @Test
    void thePublicDashboardIsOneProvincesOrEveryOnes() {
        api().get("/api/v1/public/dashboard?province=" + PROVINCE)
                .then()
                .statusCode(200)
                .body("units.code", contains(UNIT))
                .body("units[0].rank", equalTo(1))
                .body("rates.participation.denominator", equalTo(700))
                .body("counts.learners", equalTo(0))
                .body("targets", empty());
        api().get("/api/v1/public/dashboard?province=quang-ngai")
                .then()
                .statusCode(200)
                .body("units", hasSize(96))
                .body("units.code", not(hasItem(UNIT)))
                .body("targets", not(empty()));
        api().get("/api/v1/public/dashboard").then().statusCode(200).body("units", hasSize(97));
        api().get("/api/v1/public/dashboard?province=ha-noi")
                .then()
                .spec(problem(404, "province_not_found", "Không tìm thấy tỉnh, thành phố có mã ha-noi."));
    }

    private static long learners(String token, String query) {
        return api(token)
                .get("/api/v1/stats/summary" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("counts.learners");
    }

    /**
     * The national view, one province at a time: the administrator names any province, a manager only their own;
     * an unknown province is not found.
     */
    @Test
    void oneProvincesFiguresAreAskedForByName() {
        String admin = Tokens.admin();
        String second = Tokens.unitManager(UNIT);
        long all = learners(admin, "");
        api(admin)
                .get("/api/v1/stats/summary?province=quang-ngai")
                .then()
                .statusCode(200)
                .body("counts.learners", equalTo((int) all))
                .body("targets", not(empty()));
        api(admin)
                .get("/api/v1/stats/summary?province=" + PROVINCE)
                .then()
                .statusCode(200)
                .body("counts.learners", equalTo(0))
                .body("targets", empty());
        api(admin)
                .get("/api/v1/stats/targets?province=" + PROVINCE)
                .then()
                .statusCode(200)
                .body("items", empty());
        api(admin)
                .get("/api/v1/stats/targets?province=quang-ngai")
                .then()
                .statusCode(200)
                .body("items", not(empty()));
        assertThat(learners(second, "?province=" + PROVINCE)).isZero();
        api(second).get("/api/v1/stats/summary?province=quang-ngai").then().statusCode(403);
        api(second).get("/api/v1/stats/targets?province=quang-ngai").then().statusCode(403);
        api(Tokens.integrator("stats:read", List.of(UNIT)))
                .get("/api/v1/stats/targets?province=quang-ngai")
                .then()
                .statusCode(403);
        api(admin)
                .get("/api/v1/stats/summary?province=ha-noi")
                .then()
                .spec(problem(404, "province_not_found", "Không tìm thấy tỉnh, thành phố có mã ha-noi."));
        api(admin)
                .get("/api/v1/stats/targets?province=Quang%20Ngai")
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"));
    }

    /**
     * The units' table and its export rank a unit among its province's units (as its own page does): by learners,
     * the second province's only unit is first in its table, though it has none and a unit of Quảng Ngãi has one.
     */
    @Test
    void theUnitTableRanksAmongTheProvincesUnits() {
        String admin = Tokens.admin();
        api(Tokens.unitManager(UNIT))
                .get("/api/v1/stats/units?sort=learners")
                .then()
                .statusCode(200)
                .body("items.code", contains(UNIT))
                .body("items[0].rank", equalTo(1));
        api(admin)
                .get("/api/v1/stats/units?province=" + PROVINCE)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].rank", equalTo(1));
        api(admin).get("/api/v1/stats/units?size=1").then().statusCode(200).body("totalItems", equalTo(97));
        api(admin)
                .get("/api/v1/stats/units?size=1&province=quang-ngai")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(96));
        api(Tokens.unitManager(UNIT))
                .get("/api/v1/stats/units?province=quang-ngai")
                .then()
                .statusCode(403);
        api(admin).get("/api/v1/stats/units?province=ha-noi").then().statusCode(404);

        // The export ranks the same way: the header and the second province's one unit, first by learners.
        byte[] file = api(Tokens.unitManager(UNIT))
                .accept("text/csv")
                .get("/api/v1/stats/units/export?format=csv&sort=learners")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(FileReaders.csv(file).rows())
                .hasSize(2)
                .last()
                .satisfies(row -> assertThat(row.subList(0, 2)).containsExactly("1", UNIT));
        assertThat(FileReaders.csv(api(admin)
                                .accept("text/csv")
                                .get("/api/v1/stats/units/export?format=csv&province=quang-ngai")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asByteArray())
                        .rows())
                .hasSize(97);
        api(Tokens.unitManager(UNIT))
                .get("/api/v1/stats/units/export?format=csv&province=quang-ngai")
                .then()
                .statusCode(403);
    }

    /**
     * The organisations' table names one province's organisations as the units' table does: the second province's
     * one school is the only row of its table and absent from Quảng Ngãi's; its manager may not name Quảng Ngãi.
     */
    @Test
    void theOrganisationTableNamesOneProvince() {
        String admin = Tokens.admin();
        api(admin)
                .get("/api/v1/stats/agencies?size=100&province=" + PROVINCE)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", contains((int) fixture.school));
        long everyProvince = api(admin)
                .get("/api/v1/stats/agencies?size=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
        api(admin)
                .get("/api/v1/stats/agencies?size=100&province=quang-ngai")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo((int) everyProvince - 1))
                .body("items.id", not(hasItem((int) fixture.school)));
        String schoolManager = Tokens.agencyManager(fixture.school);
        api(schoolManager).get("/api/v1/stats/agencies").then().statusCode(200).body("items.id", contains((int)
                fixture.school));
        api(schoolManager)
                .get("/api/v1/stats/agencies?province=quang-ngai")
                .then()
                .statusCode(403);
        api(admin).get("/api/v1/stats/agencies?province=ha-noi").then().statusCode(404);
    }

    /**
     * The national view: each province's own figures side by side, adding up to the sum, for those who see every
     * province only.
     */
    @Test
    void theNationSeesEachProvincesOwnFigures() {
        String admin = Tokens.admin();
        long all = learners(admin, "");
        long quangNgai = learners(admin, "?province=quang-ngai");
        api(admin)
                .get("/api/v1/stats/provinces")
                .then()
                .statusCode(200)
                .body("items.code", contains("quang-ngai", PROVINCE))
                .body("items[0].synthetic", equalTo(false))
                .body("items[0].counts.learners", equalTo((int) quangNgai))
                .body("items[1].name", equalTo(SyntheticProvince.NAME))
                .body("items[1].synthetic", equalTo(true))
                .body("items[1].counts.learners", equalTo(0))
                .body("items[1].rates.participation.denominator", equalTo(700))
                .body("items.counts.learners.sum()", equalTo((int) all));
        api(Tokens.integrator("stats:read", List.of()))
                .get("/api/v1/stats/provinces")
                .then()
                .statusCode(200);
        for (String refused : List.of(
                Tokens.unitManager(UNIT),
                Tokens.unitManager("21211"),
                Tokens.integrator("stats:read", List.of(UNIT)))) {
            api(refused).get("/api/v1/stats/provinces").then().statusCode(403);
        }
        api(admin).get("/api/v1/stats/provinces?asOf=hôm-qua").then().statusCode(400);
    }

    /** The two provinces: Quảng Ngãi with a learner who passed, the synthetic one with its unit; the markers. */
    private static final class Fixture {
        final String learnerId;
        final Map<String, String> ids = new LinkedHashMap<>();
        final Set<String> markers = new LinkedHashSet<>();
        final String certificate;
        /** An organisation of the second province, whose manager is one of its callers. */
        final long school;
        /**
         * A learner (a token, no account: an account in the second province's commune would count in its figures,
         * which {@link #theSecondProvincesFiguresAndTargetsAreItsOwn} checks are nobody's), and a helper of the
         * commune: an account (in Xã Tịnh Khê, for the same reason) with the HELPER grant of the second province's
         * unit, which the helpers' acts read at each call.
         */
        final UUID learner = UUID.randomUUID();

        final UUID helper;

        Fixture() {
            Journeys.Ready ready = Journeys.readyForTheTest(Courses.course());
            learnerId = ready.learner().id().toString();
            String token = ready.token();
            String attempt = Journeys.startTest(token, ready.enrollment());
            Journeys.answerAll(token, attempt, true);
            certificate = Journeys.submit(token, attempt);

            SyntheticProvince.add();
            helper = Learners.registeredAndLoggedIn().id();
            // Removed with the province (its grants of the unit go with it).
            Database.execute(
                    "INSERT INTO role_grant (id, user_id, role, unit_code) VALUES (gen_random_uuid(), ?, 'HELPER', ?)",
                    helper,
                    UNIT);

            ids.putAll(SweepIds.of(ready, attempt, null, null));
            // A report of Quảng Ngãi's: another province's callers neither list, read, download nor delete it.
            String yesterday = LocalDate.now(VIETNAM).minusDays(1).toString();
            String report = api(Tokens.admin())
                    .body(Map.of("kind", "NOTICE", "format", "DOCX", "asOf", yesterday))
                    .post("/api/v1/reports")
                    .then()
                    .statusCode(202)
                    .extract()
                    .path("id");
            ids.put("reportId", report);
            markers.add(report);

            Database.execute(
                    "INSERT INTO agency (name, kind, school_level, unit_code) "
                            + "VALUES ('Trường Tiểu học Thử Nghiệm', 'SCHOOL', 'PRIMARY', ?) ON CONFLICT DO NOTHING",
                    UNIT);
            school = Long.parseLong(Database.queryString(
                    "SELECT id FROM agency WHERE unit_code = ? AND name = 'Trường Tiểu học Thử Nghiệm'", UNIT));
            // The school, entered past the API, is part of its province's administrator's reach once read.
            SyntheticProvince.forgetCaches();
            markers.addAll(List.of(learnerId, ready.enrollment(), certificate, "Nguyễn Thị Hoa"));
            // Quảng Ngãi's own course (V145): neither its id nor its title reaches the other province's callers.
            UUID quangNgaisCourse =
                    Courses.course().province("quang-ngai").create().id();
            markers.add(quangNgaisCourse.toString());
            markers.add(Database.queryString("SELECT title FROM course WHERE id = ?", quangNgaisCourse));
            markers.addAll(column("SELECT code FROM unit WHERE province_code = 'quang-ngai'"));
            markers.addAll(column("SELECT name FROM unit WHERE province_code = 'quang-ngai'"));
            markers.addAll(column("SELECT name FROM agency WHERE province_code = 'quang-ngai'"));
            markers.addAll(column("SELECT name FROM target"));
            markers.addAll(column("SELECT name FROM village"));
        }

        private static List<String> column(String sql) {
            String joined = Database.queryString("SELECT string_agg(x, E'\\n') FROM (" + sql + ") t(x)");
            return joined == null ? List.of() : List.of(joined.split("\n"));
        }

        /** The first of Quảng Ngãi's markers the operation's request names (path, query, body), or null. */
        String namedBy(Operation operation) {
            String asked = operation.filledPath(name -> value(operation, name)) + " " + operation.query() + " "
                    + operation.body();
            return markers.stream().filter(asked::contains).findFirst().orElse(null);
        }

        /**
         * The second province's callers this operation lets in: its administrator, its unit's manager, its school's
         * manager, its learner and its unit's helper, each scope limited to its unit. Every role of {@link Person}
         * but the national administrator, who sees every province by design.
         */
        Map<String, String> callersFor(Operation operation) {
            Access access = WhoMayCall.TABLE.get(operation.id());
            Map<String, String> tokens = new LinkedHashMap<>();
            if (access.people().contains(Person.PROVINCE_ADMIN)) {
                tokens.put("PROVINCE_ADMIN of " + PROVINCE, Tokens.provinceAdmin(PROVINCE));
            }
            if (access.people().contains(Person.UNIT_MANAGER)) {
                tokens.put("UNIT_MANAGER of " + UNIT, Tokens.unitManager(UNIT));
            }
            if (access.people().contains(Person.AGENCY_MANAGER)) {
                tokens.put("AGENCY_MANAGER of a school in " + UNIT, Tokens.agencyManager(school));
            }
            if (access.people().contains(Person.LEARNER)) {
                tokens.put("LEARNER of " + UNIT, Tokens.learner(learner));
            }
            if (access.people().contains(Person.HELPER)) {
                tokens.put(
                        "HELPER of " + UNIT,
                        Tokens.token(helper, Set.of(Role.LEARNER.name(), Role.HELPER.name()), List.of(), List.of()));
            }
            for (String scope : access.scopes()) {
                tokens.put("service " + scope + " of " + UNIT, Tokens.integrator(scope, List.of(UNIT)));
            }
            return tokens;
        }

        /**
         * {@code callers} but the learner and the helper on their own account ({@code /api/v1/me…}): the helper's
         * account is in Xã Tịnh Khê (see {@link #helper}), so its own row is Quảng Ngãi's, and a person moving to a
         * commune of Quảng Ngãi (the example's) is theirs to do.
         */
        Map<String, String> ownAccountAside(Operation operation, Map<String, String> callers) {
            if (operation.path().startsWith("/api/v1/me")) {
                callers.keySet().removeIf(caller -> caller.startsWith("LEARNER ") || caller.startsWith("HELPER "));
            }
            return callers;
        }

        /** A path parameter; {@code code} is a certificate's code under /certificates, a unit's elsewhere. */
        String value(Operation operation, String name) {
            return name.equals("code") && operation.path().contains("/certificates/") ? certificate : ids.get(name);
        }

        /** The first of Quảng Ngãi's markers the answer shows (a JSON string, a CSV or spreadsheet cell), or null. */
        String firstMarkerIn(Response answer) {
            String type = String.valueOf(answer.contentType());
            byte[] bytes = answer.asByteArray();
            Set<String> values = new LinkedHashSet<>();
            if (type.contains("spreadsheetml")) {
                FileReaders.xlsx(bytes).forEach(values::addAll);
            } else if (type.contains("csv")) {
                FileReaders.csv(bytes).rows().forEach(values::addAll);
            } else {
                String text = new String(bytes, StandardCharsets.UTF_8);
                for (String marker : markers) {
                    if (text.contains("\"" + marker + "\"")) {
                        return marker;
                    }
                }
                return null;
            }
            return markers.stream().filter(values::contains).findFirst().orElse(null);
        }
    }
}
