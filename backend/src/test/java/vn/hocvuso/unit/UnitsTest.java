package vn.hocvuso.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hocvuso.testing.Tokens;

@QuarkusTest
class UnitsTest {

    /** The communes and wards as the registration form asks for them with these query parameters. */
    private static ValidatableResponse units(Map<String, ?> query) {
        return api().queryParams(query).get("/api/v1/units").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tinh khe", "TỊNH KHÊ", "Tịnh Khê", "  tịnh   khê ", "Tịnh Kỳ", "tinh ky"})
    void searchFindsTinhKheWithOrWithoutDiacriticsAndByFormerCommune(String q) {
        units(Map.of("q", q))
                .body("items.code", hasItem("21211"))
                .body("items.find { it.code == '21211' }.name", equalTo("Xã Tịnh Khê"))
                .body("items.find { it.code == '21211' }.formerNames", hasItem("Tịnh Kỳ"));
    }

    @Test
    void searchAcceptsDecomposedUnicodeAsPhonesSometimesSendIt() {
        String decomposed = Normalizer.normalize("Tịnh Khê", Normalizer.Form.NFD);
        units(Map.of("q", decomposed)).body("items.code", contains("21211"));
    }

    @Test
    void searchForDongFindsNamesWrittenWithDStroke() {
        units(Map.of("q", "dak to", "size", 100)).body("items.name", hasItem("Xã Đăk Tô"));
    }

    @Test
    void allNinetySixUnitsArePagedInVietnameseOrder() {
        List<String> names = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            names.addAll(units(Map.of("page", page, "size", 20))
                    .body("totalItems", equalTo(96))
                    .body("totalPages", equalTo(5))
                    .body("page", equalTo(page))
                    .extract()
                    .<List<String>>path("items.name"));
        }
        assertThat(names).hasSize(96).doesNotHaveDuplicates();
        // Vietnamese order puts Đ after D (a byte or English sort would not) and compares base letters first.
        assertThat(names.indexOf("Xã Đăk Tô")).isGreaterThan(names.indexOf("Xã Dục Nông"));
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(vietnamese);
        assertThat(names).isEqualTo(sorted);
    }

    @Test
    void typeFilterKeepsOnlyThatType() {
        units(Map.of("type", "phường", "size", 100))
                .body("totalItems", equalTo(9))
                .body("items.type", everyItem(equalTo("phường")));
        units(Map.of("type", "đặc khu")).body("items.name", contains("Đặc khu Lý Sơn"));
    }

    @Test
    void unknownTypeAndOutOfRangePagingAreRefusedNamingTheParameter() {
        api().queryParam("type", "huyện")
                .get("/api/v1/units")
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("violations.field", contains("type"));
        api().queryParam("size", 101)
                .queryParam("page", 0)
                .get("/api/v1/units")
                .then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("size", "page"));
    }

    @Test
    void wildcardsInTheSearchAreTakenLiterally() {
        units(Map.of("q", "%")).body("totalItems", equalTo(0));
        units(Map.of("q", "_")).body("totalItems", equalTo(0));
    }

    @Test
    void noMatchIsAnEmptyPageNotAnError() {
        units(Map.of("q", "không có xã nào tên này"))
                .body("items", hasSize(0))
                .body("totalItems", equalTo(0))
                .body("totalPages", equalTo(0));
    }

    @Test
    void oneUnitShowsItsFiguresAndMerger() {
        api().get("/api/v1/units/21211")
                .then()
                .statusCode(200)
                .body("name", equalTo("Xã Tịnh Khê"))
                .body("type", equalTo("xã"))
                .body("population", equalTo(55956))
                .body("areaKm2", equalTo(46.05f))
                .body("formerNames", contains("Tịnh Kỳ", "Tịnh Châu", "Tịnh Long", "Tịnh Thiện", "Tịnh Khê"))
                .body("arrangement", org.hamcrest.Matchers.startsWith("Sắp xếp toàn bộ"));
    }

    @Test
    void unknownUnitIsA404ProblemInVietnamese() {
        api().get("/api/v1/units/99999")
                .then()
                .spec(problem(404, "unit_not_found", "Không tìm thấy xã, phường có mã 99999."));
    }

    @Test
    void everyPlaceThatNamesAUnitAnswersTheSame404ForACodeOfNoUnit() {
        String noUnit = "Không tìm thấy xã, phường có mã 99999.";
        api(Tokens.admin())
                .get("/api/v1/admin/units/99999/denominators")
                .then()
                .spec(problem(404, "unit_not_found", noUnit));
        api(Tokens.admin()).get("/api/v1/unit-villages/99999").then().spec(problem(404, "unit_not_found", noUnit));
        // A manager's token naming a unit that is no more (the follow-up list and its messages are managers' only).
        String manager = Tokens.unitManager("99999");
        api(manager).get("/api/v1/stats/units/99999/learners").then().spec(problem(404, "unit_not_found", noUnit));
        api(manager)
                .body(Map.of("status", "NOT_ENROLLED", "kind", "BULK_INVITE"))
                .post("/api/v1/stats/units/99999/learners/messages/preview")
                .then()
                .spec(problem(404, "unit_not_found", noUnit));
    }

    @Test
    void agenciesAreListedAndSearchable() {
        api().queryParam("size", 100)
                .get("/api/v1/agencies")
                .then()
                .statusCode(200)
                // The 15 departments and the 9 addressees of the notice V90 seeded as agencies (more when other
                // tests add some); schools, such as the universities, are searched as organisations.
                .body("totalItems", greaterThanOrEqualTo(24))
                .body(
                        "items.name",
                        hasItems("Sở Khoa học và Công nghệ", "Văn phòng Tỉnh ủy Quảng Ngãi", "Tỉnh đoàn Quảng Ngãi"))
                .body("items.name", not(hasItem("Trường Đại học Phạm Văn Đồng")));
        api().queryParam("q", "khoa hoc")
                .get("/api/v1/agencies")
                .then()
                .statusCode(200)
                .body("items.name", contains("Sở Khoa học và Công nghệ"));
    }
}
