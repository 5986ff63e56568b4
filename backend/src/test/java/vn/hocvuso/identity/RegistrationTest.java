package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Learners.registration;
import static vn.hocvuso.testing.Learners.uniquePhone;
import static vn.hocvuso.testing.Learners.with;

import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hocvuso.testing.AtOnce;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;

@QuarkusTest
class RegistrationTest {

    @Test
    void aCitizenRegistersAndSeesTheirProfile() {
        Map<String, Object> body = registration();
        String national = (String) body.get("phone");
        api().body(body)
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .body("fullName", equalTo("Nguyễn Thị Hoa"))
                .body("phone", equalTo("+84" + national.substring(1)))
                .body("email", nullValue())
                .body("learnerGroup", equalTo("CITIZEN"))
                .body("unit.code", equalTo("21211"))
                .body("unit.name", equalTo("Xã Tịnh Khê"))
                .body("roles.role", org.hamcrest.Matchers.contains("LEARNER"))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0%s", "+84%s", "84%s", "+84 %s", "0%s-dotted"})
    void everyUsualWayOfWritingAMobileNumberIsStoredInOneForm(String form) {
        String nine = uniquePhone().substring(1);
        String written = form.equals("0%s-dotted")
                ? "0" + nine.substring(0, 3) + "." + nine.substring(3, 6) + "." + nine.substring(6)
                : String.format(form, form.equals("+84 %s") ? nine.substring(0, 3) + " " + nine.substring(3) : nine);
        api().body(with(registration(), "phone", written))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .body("phone", equalTo("+84" + nine));
    }

    @Test
    void theSamePhoneWrittenDifferentlyIsAConflictOnThePhoneField() {
        Map<String, Object> first = registration();
        String national = (String) first.get("phone");
        Learners.register(first);
        api().body(with(registration(), "phone", "+84 " + national.substring(1)))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("phone_taken"))
                .body("violations.field", org.hamcrest.Matchers.contains("phone"))
                .body("detail", equalTo("Số điện thoại này đã được dùng cho một tài khoản khác."));
    }

    @Test
    void theSameEmailInAnotherCaseIsAConflict() {
        String email = "hoa." + System.nanoTime() + "@example.vn";
        Map<String, Object> first = with(registration(), "email", email);
        first.remove("phone");
        Learners.register(first);
        Map<String, Object> second = with(registration(), "email", email.toUpperCase());
        api().body(second).post("/api/v1/auth/register").then().statusCode(409).body("code", equalTo("email_taken"));
    }

    @Test
    void anEmailAloneIsEnoughAndIsStoredLowerCased() {
        Map<String, Object> body = with(registration(), "email", "  Mai.Le" + System.nanoTime() + "@Example.VN ");
        body.remove("phone");
        api().body(body)
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .body("email", org.hamcrest.Matchers.matchesPattern("mai\\.le[0-9]+@example\\.vn"))
                .body("phone", nullValue());
    }

    @Test
    void badInputIsOne400NamingEveryWrongField() {
        Map<String, Object> body = Map.of(
                "fullName", "A",
                "phone", "12345",
                "email", "not-an-email",
                "password", "123456789",
                "unitCode", "99999",
                "agencyId", 1);
        api().body(body)
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body(
                        "violations.field",
                        containsInAnyOrder("fullName", "phone", "email", "password", "learnerGroup", "unitCode"))
                .body(
                        "violations.find { it.field == 'phone' }.message",
                        equalTo("Số điện thoại di động không hợp lệ (ví dụ đúng là 0912 345 678)."))
                .body("violations.find { it.field == 'password' }.code", equalTo("password_common"))
                .body("violations.find { it.field == 'unitCode' }.code", equalTo("unit_not_found"));
    }

    @Test
    void messagesAreInEnglishWhenAsked() {
        api().header("Accept-Language", "en-GB,en;q=0.9")
                .body(with(registration(), "phone", "123"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("detail", equalTo("Some fields are not valid. Please check the fields listed."))
                .body("violations[0].message", equalTo("Not a valid mobile number (for example 0912 345 678)."));
    }

    @Test
    void neitherPhoneNorEmailIsRefused() {
        Map<String, Object> body = registration();
        body.remove("phone");
        api().body(body)
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations.code", hasItem("phone_or_email_required"));
    }

    @Test
    void passwordsThatAreShortCommonOrTheOwnPhoneAreRefused() {
        Map<String, Object> body = registration();
        String phone = (String) body.get("phone");
        api().body(with(body, "password", "Ab1!"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("password_length"))
                .body("violations[0].message", equalTo("Mật khẩu phải có từ 8 đến 128 ký tự."));
        api().body(with(body, "password", "MậtKhẩu123"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("password_common"));
        api().body(with(body, "password", "aaaaaaaaaaaa"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("password_common"));
        api().body(with(body, "password", "x" + phone + "x"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("password_contains_phone"));
    }

    @Test
    void passwordsAreStoredAsArgon2idHashesNeverInClear() {
        Map<String, Object> body = registration();
        String id = Learners.register(body).toString();
        String stored = Database.queryString("SELECT password_hash FROM app_user WHERE id = ?::uuid", id);
        assertThat(stored).startsWith("$argon2id$").doesNotContain(Learners.PASSWORD);
    }

    @Test
    void namesAreStoredInNfcWhateverTheKeyboardSent() {
        String decomposed = Normalizer.normalize("Trần Thị Ngọc Ánh", Normalizer.Form.NFD);
        api().body(with(registration(), "fullName", "  " + decomposed + "  "))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .body("fullName", equalTo("Trần Thị Ngọc Ánh"));
    }

    @Test
    void aPublicServantMayNameTheirAgencyOthersMayNot() {
        Number agencyId = api().queryParam("q", "khoa hoc")
                .get("/api/v1/agencies")
                .then()
                .extract()
                .path("items[0].id");
        Map<String, Object> servant = with(with(registration(), "learnerGroup", "CBCCVC"), "agencyId", agencyId);
        api().body(servant)
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .body("agency.name", equalTo("Sở Khoa học và Công nghệ"));
        api().body(with(registration(), "agencyId", agencyId))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations.code", hasItem("organisation_not_for_citizens"));
        api().body(with(with(registration(), "learnerGroup", "CBCCVC"), "agencyId", 999_999))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations.code", hasItem("agency_not_found"));
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedNotConverted() {
        // A phone written without quotes would be read as 912345678 and lose its leading 0.
        api().body(with(registration(), "phone", 912_345_678L))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_type"))
                .body("violations[0].field", equalTo("phone"));
        api().body(with(registration(), "fullName", true))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("fullName"));
        Number agencyId = api().queryParam("q", "khoa hoc")
                .get("/api/v1/agencies")
                .then()
                .extract()
                .path("items[0].id");
        api().body(with(with(registration(), "learnerGroup", "CBCCVC"), "agencyId", agencyId.toString()))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_type"))
                .body("violations[0].field", equalTo("agencyId"));
    }

    @Test
    void malformedBodiesGetAClearProblem() {
        api().body("{\"fullName\": \"Hoa\",")
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("code", equalTo("malformed_json"));
        api().body(with(registration(), "isAdmin", true))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("code", equalTo("unknown_field"))
                .body("violations[0].field", equalTo("isAdmin"));
        api().body(with(registration(), "learnerGroup", "ALIEN"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_type"))
                .body("violations[0].field", equalTo("learnerGroup"));
        api().body(with(registration(), "agencyId", "many"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("agencyId"));
        api().body("[]").post("/api/v1/auth/register").then().statusCode(400).body("code", equalTo("malformed_json"));
    }

    @Test
    void aBodyWithMoreAfterItsJsonIsMalformedAndWritesNothing() throws Exception {
        // Found by the contract fuzzer: a complete registration followed by a stray "}" created the account.
        Map<String, Object> body = registration();
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        for (String trailing : new String[] {"}", " {\"a\":1}", "]"}) {
            api().body(json + trailing)
                    .post("/api/v1/auth/register")
                    .then()
                    .statusCode(400)
                    .body("code", equalTo("malformed_json"));
        }
        api().body(body).post("/api/v1/auth/register").then().statusCode(201);
    }

    @Test
    void concurrentRegistrationsOfOnePhoneCreateExactlyOneAccount() throws Exception {
        Map<String, Object> body = registration();
        List<Integer> statuses = AtOnce.send(
                8, () -> api().body(body).post("/api/v1/auth/register").statusCode());
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        String phone = "+84" + ((String) body.get("phone")).substring(1);
        assertThat(Database.queryString("SELECT count(*) FROM app_user WHERE phone = ?", phone))
                .isEqualTo("1");
    }
}
