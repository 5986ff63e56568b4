package vn.hocvuso.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.SyntheticProvince;
import vn.hocvuso.testing.Tokens;

/** Provinces as data (issue 15): what the API says of them, to anyone, and that a unit names its own. */
@QuarkusTest
class ProvincesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    HomeProvinceCheck homeCheck;

    @Inject
    ProvincesConfig homeConfig;

    @Inject
    Provinces provinces;

    @Inject
    Vertx vertx;

    @Test
    void anyoneReadsQuangNgaiAsItsRowDescribesIt() {
        api().get("/api/v1/provinces/quang-ngai")
                .then()
                .statusCode(200)
                .body("code", equalTo("quang-ngai"))
                .body("gsoCode", nullValue())
                .body("name", equalTo("Quảng Ngãi"))
                .body("fullName", equalTo("tỉnh Quảng Ngãi"))
                .body("committeeName", equalTo("Ủy ban nhân dân tỉnh Quảng Ngãi"))
                .body("issuerName", equalTo("Sở Khoa học và Công nghệ"))
                .body("primaryColor", equalTo("#0b4f8a"))
                .body("synthetic", equalTo(false));
    }

    /**
     * The deployment's province must be one of the database's, or the API does not start (at its first target or
     * department it would fail on a foreign key); a database that does not answer at start does not keep it down.
     */
    @Test
    void theDeploymentsProvinceMustBeOneTheDatabaseHas() {
        homeCheck.verify("quang-ngai").await().atMost(WAIT);
        assertThatThrownBy(() -> homeCheck.verify("ha-noi").await().atMost(WAIT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HOCVUSO_PROVINCE")
                .hasMessageContaining("'ha-noi', which is no province of the database");

        Pool unreachable = Pool.newInstance(PgBuilder.pool()
                .connectingTo(
                        new PgConnectOptions().setHost("127.0.0.1").setPort(1).setConnectTimeout(2_000))
                .using(vertx.getDelegate())
                .build());
        try {
            new HomeProvinceCheck(homeConfig, provinces, unreachable)
                    .verify("ha-noi")
                    .await()
                    .atMost(WAIT);
        } finally {
            unreachable.closeAndAwait();
        }
    }

    @Test
    void everyUnitOfTodayIsQuangNgais() {
        api().get("/api/v1/units/21211").then().statusCode(200).body("provinceCode", equalTo("quang-ngai"));
        // No unit without a province, and none of another one yet.
        assertThat(Database.queryString("SELECT string_agg(DISTINCT province_code, ',') || ' ' || count(*) FROM unit"))
                .isEqualTo("quang-ngai 96");
    }

    @Test
    void aSyntheticProvinceIsListedAfterTheRealOnesAndSaysSo() {
        Database.execute("""
                INSERT INTO province (code, name, kind, committee_name, issuer_name, hotline, synthetic)
                VALUES ('an-thu-nghiem', 'An Thử Nghiệm', 'thành phố', 'Ủy ban nhân dân thành phố An Thử Nghiệm',
                        'Sở Giáo dục và Đào tạo', '1900 0000', true)
                """);
        try {
            // "An" sorts before "Quảng" by name, yet the made-up province comes after every real one.
            api().get("/api/v1/provinces")
                    .then()
                    .statusCode(200)
                    .body("items.code", contains("quang-ngai", "an-thu-nghiem"))
                    .body("items[1].fullName", equalTo("thành phố An Thử Nghiệm"))
                    .body("items[1].hotline", equalTo("1900 0000"))
                    .body("items[1].synthetic", equalTo(true));
            api().get("/api/v1/provinces/an-thu-nghiem").then().statusCode(200).body("synthetic", equalTo(true));
        } finally {
            Database.execute("DELETE FROM province WHERE code = 'an-thu-nghiem'");
        }
    }

    /**
     * An organisation is its parent's province's, else its unit's (the database fills it in); one with neither,
     * and every target an administrator sets, is the province of this deployment's administration (V141).
     */
    @Test
    void organisationsAndTargetsBelongToAProvince() {
        long department = Places.agency(Places.unique("Sở Thử Nghiệm"), null);
        long office = Places.agency(Places.unique("Phòng Thử Nghiệm"), department);
        assertThat(provinceOf(department)).isEqualTo("quang-ngai");
        assertThat(provinceOf(office)).isEqualTo("quang-ngai");
        String target = Places.villageTarget(
                Places.unique("Chỉ tiêu thử"), "ADULTS", "CERTIFIED_COUNT", 5, LocalDate.of(2030, 12, 31));
        assertThat(Database.queryString("SELECT province_code FROM target WHERE id = ?::uuid", target))
                .isEqualTo("quang-ngai");
        assertThat(Database.queryString(
                        "SELECT string_agg(DISTINCT province_code, ',') FROM target_version WHERE id = ?::uuid",
                        target))
                .as("the target's versions keep its province")
                .isEqualTo("quang-ngai");
        api(Tokens.admin()).delete("/api/v1/admin/targets/" + target).then().statusCode(204);

        try (SyntheticProvince other = SyntheticProvince.enter("bien-thu-nghiem", "Biển Thử Nghiệm", "99002")) {
            long school = Places.organisation("SCHOOL", Places.unique("Trường Biển Thử Nghiệm"), other.unit);
            long club = Long.parseLong(Database.queryString(
                    "INSERT INTO agency (name, kind, parent_id) VALUES ('Đội thử nghiệm', 'AGENCY', ?) RETURNING id",
                    school));
            assertThat(provinceOf(school)).isEqualTo("bien-thu-nghiem");
            assertThat(provinceOf(club)).as("taken from its parent").isEqualTo("bien-thu-nghiem");
        }
    }

    private static String provinceOf(long organisation) {
        return Database.queryString("SELECT province_code FROM agency WHERE id = ?", organisation);
    }

    /** A province's communes, for a picker that offers one province's: the public list filtered by province. */
    @Test
    void theUnitsOfOneProvinceAreListedByItsKey() {
        try (SyntheticProvince other = SyntheticProvince.enter("bien-thu-nghiem", "Biển Thử Nghiệm", "99002")) {
            api().get("/api/v1/units?province=" + other.code)
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].code", equalTo(other.unit));
            api().get("/api/v1/units?province=quang-ngai&size=1").then().body("totalItems", equalTo(96));
            api().get("/api/v1/units?size=1").then().body("totalItems", equalTo(97));
            api().get("/api/v1/units?province=ha-noi").then().statusCode(200).body("totalItems", equalTo(0));
            api().get("/api/v1/units?province=Ha%20Noi")
                    .then()
                    .statusCode(400)
                    .body("code", equalTo("validation_failed"));
        }
    }

    @Test
    void anUnknownProvinceIsNotFoundAndAMalformedKeyIsRefused() {
        api().get("/api/v1/provinces/ha-noi")
                .then()
                .spec(problem(404, "province_not_found", "Không tìm thấy tỉnh, thành phố có mã ha-noi."));
        api().get("/api/v1/provinces/Quang Ngai'--")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation_failed"));
        api().accept("text/csv").get("/api/v1/provinces").then().statusCode(406);
    }
}
