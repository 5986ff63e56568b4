package vn.hocvuso.testing;

import static vn.hocvuso.testing.Api.api;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Villages and organisations for tests: villages through the API (as a unit's manager would), organisations by SQL
 * or, for a tree an administrator changes, through the API.
 */
public final class Places {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private Places() {}

    /** A name no other test uses, e.g. "Thôn An Kỳ 4711". */
    public static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet();
    }

    /** A new open village of the unit, made by an administrator; its id. */
    public static long village(String unitCode, String name) {
        Number id = api(Tokens.admin())
                .body(Map.of("name", name, "kind", "THON"))
                .post("/api/v1/unit-villages/" + unitCode)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    /**
     * Closes a village through its unit's path, as the caller ({@code token}); {@code body} holds the version and, for
     * a merge, {@code mergedIntoId}. The answer is the test's to check.
     */
    public static ValidatableResponse closeVillage(String token, String unitCode, long village, Map<String, ?> body) {
        return api(token)
                .body(body)
                .post("/api/v1/unit-villages/" + unitCode + "/" + village + "/close")
                .then();
    }

    /** A learner registered in the unit, living in that village, and logged in. */
    public static Learners.Session learnerIn(String unitCode, long village) {
        Map<String, Object> body =
                Learners.with(Learners.with(Learners.registration(), "unitCode", unitCode), "villageId", village);
        UUID id = Learners.register(body);
        Map<String, Object> tokens = Learners.login((String) body.get("phone"), Learners.PASSWORD);
        return new Learners.Session(id, (String) body.get("phone"), (String) tokens.get("accessToken"), null);
    }

    /**
     * A target of every village's {@code learnerGroup} ({@code EACH_VILLAGE}) named {@code name} (made unique), of
     * {@code value} people by {@code deadline}, started on 1/1/2026; its id.
     */
    public static String villageTarget(String name, String learnerGroup, String metric, int value, LocalDate deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique(name + " " + metric));
        body.put("learnerGroup", learnerGroup);
        body.put("metric", metric);
        body.put("value", value);
        body.put("startsOn", "2026-01-01");
        body.put("deadline", deadline.toString());
        body.put("scope", "EACH_VILLAGE");
        return api(Tokens.admin())
                .body(body)
                .post("/api/v1/admin/targets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * A new organisation of that kind ({@code AGENCY}, {@code SCHOOL}, {@code ENTERPRISE}), in the unit and its
     * province (or in none: then Quảng Ngãi's, as the database asks an organisation without a unit or parent to
     * name its province); its id.
     */
    public static long organisation(String kind, String name, String unitCode) {
        return Long.parseLong(Database.queryString(
                "INSERT INTO agency (name, kind, school_level, unit_code, province_code)"
                        + " VALUES (?, ?, ?, ?, COALESCE((SELECT province_code FROM unit WHERE code = ?), 'quang-ngai'))"
                        + " RETURNING id",
                new Object[] {name, kind, kind.equals("SCHOOL") ? "UPPER_SECONDARY" : null, unitCode, unitCode}));
    }

    /** A new agency made by an administrator, below {@code parentId} (null: a root of the tree); its id. */
    public static long agency(String name, Long parentId) {
        Number id = api(Tokens.admin())
                .body(agencyBody(name, parentId))
                .post("/api/v1/admin/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    /** An administrator renames the agency or moves it below another ({@code parentId}, null: a root). */
    public static void changeAgency(long id, String name, Long parentId) {
        Map<String, Object> body = agencyBody(name, parentId);
        body.put("version", organisationVersion(id));
        api(Tokens.admin())
                .body(body)
                .put("/api/v1/admin/organisations/" + id)
                .then()
                .statusCode(200);
    }

    /** The organisation's version, which an administrator's change names. */
    public static long organisationVersion(long id) {
        Number version = api(Tokens.admin())
                .get("/api/v1/admin/organisations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        return version.longValue();
    }

    private static Map<String, Object> agencyBody(String name, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "AGENCY");
        body.put("parentId", parentId);
        return body;
    }
}
