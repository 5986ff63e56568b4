package vn.hocvuso.testing;

import static vn.hocvuso.testing.Api.api;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Villages and organisations for tests: villages through the API (as a unit's manager would), organisations by SQL. */
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

    /** A learner registered in the unit, living in that village, and logged in. */
    public static Learners.Session learnerIn(String unitCode, long village) {
        Map<String, Object> body =
                Learners.with(Learners.with(Learners.registration(), "unitCode", unitCode), "villageId", village);
        UUID id = Learners.register(body);
        Map<String, Object> tokens = Learners.login((String) body.get("phone"), Learners.PASSWORD);
        return new Learners.Session(id, (String) body.get("phone"), (String) tokens.get("accessToken"), null);
    }

    /** A new organisation of that kind ({@code AGENCY}, {@code SCHOOL}, {@code ENTERPRISE}), in the unit; its id. */
    public static long organisation(String kind, String name, String unitCode) {
        return Long.parseLong(Database.queryString(
                "INSERT INTO agency (name, kind, school_level, unit_code) VALUES (?, ?, ?, ?) RETURNING id",
                new Object[] {name, kind, kind.equals("SCHOOL") ? "UPPER_SECONDARY" : null, unitCode}));
    }
}
