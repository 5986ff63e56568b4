package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Learners.with;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.Tokens;

/**
 * A learner's place per group at registration and in the profile: a citizen's village, a student's school and
 * class, a worker's enterprise, a public servant's agency; all optional, each checked against the group and unit.
 */
@QuarkusTest
class LearnerPlacesTest {

    private static final String TINH_KHE = "21211";
    private static final String OTHER_UNIT = "21172";

    @Test
    void aCitizenRegistersInAVillageOfTheirUnit() {
        long village = Places.village(TINH_KHE, Places.unique("Thôn Cổ Lũy"));
        api().body(with(Learners.registration(), "villageId", village))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .body("village.id", equalTo((int) village))
                .body("organisation", nullValue())
                .body("className", nullValue());
    }

    @Test
    void aStudentRegistersInASchoolWithAClass() {
        long school = Places.organisation("SCHOOL", Places.unique("Trường THPT Sơn Mỹ"), TINH_KHE);
        Map<String, Object> body = with(Learners.registration(), "learnerGroup", "STUDENT");
        body.put("organisationId", school);
        body.put("className", " 11A2 ");
        api().body(body)
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .body("organisation.id", equalTo((int) school))
                .body("organisation.kind", equalTo("SCHOOL"))
                .body("className", equalTo("11A2"));
    }

    @Test
    void aWorkerRegistersInAnEnterpriseAndAPublicServantStillWithTheOlderAgencyId() {
        long enterprise = Places.organisation("ENTERPRISE", Places.unique("Công ty TNHH Dệt may Tịnh Khê"), TINH_KHE);
        api().body(with(with(Learners.registration(), "learnerGroup", "WORKER"), "organisationId", enterprise))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .body("organisation.kind", equalTo("ENTERPRISE"));
        long agency = Places.organisation("AGENCY", Places.unique("Ban Quản lý dự án"), null);
        api().body(with(with(Learners.registration(), "learnerGroup", "CBCCVC"), "agencyId", agency))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .body("organisation.id", equalTo((int) agency))
                .body("agency.id", equalTo((int) agency));
    }

    @Test
    void registrationWithoutAnyPlaceStillWorks() {
        for (String group : new String[] {"CITIZEN", "STUDENT", "WORKER", "CBCCVC"}) {
            api().body(with(Learners.registration(), "learnerGroup", group))
                    .post("/api/v1/auth/register")
                    .then()
                    .statusCode(201)
                    .body("village", nullValue())
                    .body("organisation", nullValue());
        }
    }

    @Test
    void aWrongKindAnotherUnitsVillageOrAClosedOneIsRefusedNamingEveryField() {
        long enterprise = Places.organisation("ENTERPRISE", Places.unique("Công ty Cổ phần Thủy sản"), TINH_KHE);
        long elsewhere = Places.village(OTHER_UNIT, Places.unique("Tổ dân phố Trần Phú"));
        Map<String, Object> student = with(Learners.registration(), "learnerGroup", "STUDENT");
        student.put("organisationId", enterprise);
        student.put("villageId", elsewhere);
        api().body(student)
                .header("Accept-Language", "vi")
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations.code", containsInAnyOrder("organisation_not_school", "village_not_in_unit"))
                .body("violations.message", hasItem("Học sinh, sinh viên chọn trường học của mình."));

        long school = Places.organisation("SCHOOL", Places.unique("Trường Tiểu học Tịnh Khê"), TINH_KHE);
        api().body(with(with(Learners.registration(), "learnerGroup", "WORKER"), "organisationId", school))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("organisation_not_enterprise"));
        api().body(with(Learners.registration(), "organisationId", school))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("organisation_not_for_citizens"));
        api().body(with(Learners.registration(), "className", "9A"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("class_only_for_students"));

        long closedSchool = Places.organisation("SCHOOL", Places.unique("Trường THCS Đã Giải Thể"), TINH_KHE);
        Database.execute("UPDATE agency SET closed_on = DATE '2025-07-01' WHERE id = ?", closedSchool);
        api().body(with(with(Learners.registration(), "learnerGroup", "STUDENT"), "organisationId", closedSchool))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("organisation_closed"));

        long closed = Places.village(TINH_KHE, Places.unique("Thôn Đã Sáp Nhập"));
        api(Tokens.admin())
                .body(Map.of("version", 0))
                .post("/api/v1/unit-villages/" + TINH_KHE + "/" + closed + "/close")
                .then()
                .statusCode(200);
        api().body(with(Learners.registration(), "villageId", closed))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("villageId"))
                .body("violations[0].code", equalTo("village_closed"));
        api().body(with(Learners.registration(), "villageId", 987_654_321))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("village_not_found"));
    }

    @Test
    void theProfileChangesThePlaceAndAMoveToAnotherUnitDropsTheOldVillage() {
        long village = Places.village(TINH_KHE, Places.unique("Thôn Mỹ Lai"));
        long elsewhere = Places.village(OTHER_UNIT, Places.unique("Tổ dân phố Lê Lợi"));
        Learners.Session session = Learners.registeredAndLoggedIn();
        Learners.changeProfile(session.accessToken(), Map.of("villageId", elsewhere))
                .statusCode(400)
                .body("violations[0].code", equalTo("village_not_in_unit"));
        Learners.changeProfile(session.accessToken(), Map.of("villageId", village))
                .statusCode(200)
                .body("village.id", equalTo((int) village));
        // A move to another unit without naming a village there: the old unit's village is dropped.
        Learners.changeProfile(session.accessToken(), Map.of("unitCode", OTHER_UNIT))
                .statusCode(200)
                .body("unit.code", equalTo(OTHER_UNIT))
                .body("village", nullValue());
        // A move naming the new unit's village at once is checked against the new unit.
        Learners.changeProfile(session.accessToken(), Map.of("unitCode", TINH_KHE, "villageId", village))
                .statusCode(200)
                .body("village.id", equalTo((int) village));
        Map<String, Object> clear = new HashMap<>();
        clear.put("villageId", null);
        Learners.changeProfile(session.accessToken(), clear).statusCode(200).body("village", nullValue());
        Learners.changeProfile(session.accessToken(), Map.of("className", "9A"))
                .statusCode(400)
                .body("violations[0].code", equalTo("class_only_for_students"));
    }

    @Test
    void theDatabaseRefusesAPlaceThatDoesNotFitWhoeverWritesIt() {
        Learners.Account account = Learners.registered();
        long enterprise = Places.organisation("ENTERPRISE", Places.unique("Công ty Xây dựng Sơn Tịnh"), TINH_KHE);
        long elsewhere = Places.village(OTHER_UNIT, Places.unique("Tổ dân phố Nghĩa Lộ"));
        Database.execute("UPDATE app_user SET learner_group = 'STUDENT' WHERE id = ?", account.id());
        assertThatThrownBy(() ->
                        Database.execute("UPDATE app_user SET agency_id = ? WHERE id = ?", enterprise, account.id()))
                .hasMessageContaining("does not fit group STUDENT");
        assertThatThrownBy(() ->
                        Database.execute("UPDATE app_user SET village_id = ? WHERE id = ?", elsewhere, account.id()))
                .hasMessageContaining("is not in unit");
    }
}
