package vn.hocvuso.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;

/** Provinces as data (issue 15): what the API says of them, to anyone, and that a unit names its own. */
@QuarkusTest
class ProvincesTest {

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
