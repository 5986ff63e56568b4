package vn.hocvuso.organisation;

import static vn.hocvuso.testing.Api.api;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import vn.hocvuso.testing.Tokens;

/** Synthetic organisations for tests, made through the administrators' API. */
final class Orgs {

    private Orgs() {}

    /** A suffix that keeps a test's names apart from every other run's. */
    static String unique() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    static Map<String, Object> body(String name, String kind, String level, String unit, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("schoolLevel", level);
        body.put("unitCode", unit);
        body.put("parentId", parentId);
        return body;
    }

    static JsonPath create(Map<String, Object> body) {
        return api(Tokens.admin())
                .body(body)
                .post("/api/v1/admin/organisations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static long agency(String name, Long parentId) {
        return create(body(name, "AGENCY", null, null, parentId)).getLong("id");
    }

    static long school(String name, String level, String unit, Long parentId) {
        return create(body(name, "SCHOOL", level, unit, parentId)).getLong("id");
    }

    static long enterprise(String name, String unit) {
        return create(body(name, "ENTERPRISE", null, unit, null)).getLong("id");
    }

    static JsonPath get(long id) {
        return api(Tokens.admin())
                .get("/api/v1/admin/organisations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
