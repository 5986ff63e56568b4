package vn.hocvuso.testing;

import io.quarkus.arc.Arc;
import io.quarkus.cache.CacheManager;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.organisation.OrganisationTree;

/**
 * A province beside Quảng Ngãi, made up for the tests that prove one province's answers are its own, synthetic and
 * labelled so ({@code province.synthetic}), with one commune: entered in the database, and removed with what a test
 * made there (organisations, reports, the denominator) when the test closes it. A run that died before its clean-up
 * left it behind: the next one takes it over (nothing is entered twice).
 *
 * <p>Issue 15's second province ({@link #add()}): "Tỉnh Thử Nghiệm" ({@value #CODE}), one unit ({@value #UNIT},
 * {@value #UNIT_NAME}) with a denominator of its own (700 adults), no learner, no target (a test may add a learner,
 * {@link #learner()}, and courses of its own, {@link Courses#province}: removed with it); a test class enters it
 * before its tests and removes it after them, so that the other tests see Quảng Ngãi alone. Others, for one test:
 *
 * <pre>{@code
 * try (SyntheticProvince other = SyntheticProvince.enter("bien-thu-nghiem", "Biển Thử Nghiệm", "99002")) { … }
 * }</pre>
 */
public final class SyntheticProvince implements AutoCloseable {

    public static final String CODE = "tinh-thu-nghiem";
    public static final String NAME = "Thử Nghiệm";
    public static final String UNIT = "99001";
    public static final String UNIT_NAME = "Xã " + NAME;

    public final String code;
    public final String unit;

    private SyntheticProvince(String code, String unit) {
        this.code = code;
        this.unit = unit;
    }

    /** The province {@code code} named "tỉnh {@code name}" with the commune {@code unit} ("Xã {@code name}"). */
    public static SyntheticProvince enter(String code, String name, String unit) {
        Database.execute("""
                INSERT INTO province (code, name, kind, committee_name, issuer_name, synthetic)
                VALUES (?, ?, 'tỉnh', 'Ủy ban nhân dân tỉnh ' || ?, 'Sở Giáo dục và Đào tạo', true)
                ON CONFLICT (code) DO NOTHING
                """, code, name, name);
        Database.execute("""
                INSERT INTO unit (code, name, type, population, area_km2, province_code)
                VALUES (?, 'Xã ' || ?, 'xã', 1000, 10, ?)
                ON CONFLICT (code) DO NOTHING
                """, unit, name, code);
        forgetCaches();
        return new SyntheticProvince(code, unit);
    }

    /** Issue 15's second province, with its unit's denominator (the figures must count what is the province's). */
    public static SyntheticProvince add() {
        SyntheticProvince province = enter(CODE, NAME, UNIT);
        Database.execute("""
                INSERT INTO unit_denominator (unit_code, valid_from, population, adult_population, estimated, source)
                VALUES (?, '2025-07-01', 1000, 700, false, 'Tỉnh Thử Nghiệm (dữ liệu thử)')
                ON CONFLICT DO NOTHING
                """, UNIT);
        forgetCaches();
        return province;
    }

    /**
     * A learner of the province's commune, entered in the database (not registered: no learning fact), for a token
     * of {@link Tokens#learner}. {@link #close()} moves them to Quảng Ngãi's Xã Tịnh Khê, where the statistics'
     * rollups follow them, so that the province leaves no count behind; they must enrol in nothing here.
     */
    public UUID learner() {
        UUID id = UUID.randomUUID();
        Database.execute("""
                INSERT INTO app_user (id, full_name, email, password_hash, learner_group, unit_code)
                VALUES (?, 'Người học Thử Nghiệm', ?, 'x', 'CITIZEN', ?)
                """, id, "thu-nghiem-" + id + "@example.org", unit);
        return id;
    }

    /** Removes issue 15's second province ({@link #add()}). */
    public static void remove() {
        new SyntheticProvince(CODE, UNIT).close();
    }

    /**
     * The unit directories (the API's, the statistics') are cached: a unit entered in the database is not seen. So
     * are the provinces' units and organisations a province administrator reaches (the organisation tree): read
     * again, as after a change made through the API.
     */
    public static void forgetCaches() {
        CacheManager caches = Arc.container().instance(CacheManager.class).get();
        for (String name : caches.getCacheNames()) {
            caches.getCache(name).orElseThrow().invalidateAll().await().indefinitely();
        }
        Arc.container().instance(OrganisationTree.class).get().reload().await().indefinitely();
    }

    /**
     * Removes the province, its commune and what a test made there (organisations, reports, targets, villages,
     * denominators).
     */
    @Override
    public void close() {
        Database.execute("DELETE FROM report WHERE province_code = ? OR unit_code = ?", code, unit);
        Database.execute("DELETE FROM role_grant WHERE province_code = ? OR unit_code = ?", code, unit);
        // What its administrator set (ProvinceAdminPlacesTest): targets, villages, organisations' denominators.
        Database.execute("DELETE FROM target WHERE province_code = ?", code);
        Database.execute("DELETE FROM target_version WHERE province_code = ?", code);
        Database.execute(
                "DELETE FROM agency_denominator WHERE agency_id IN (SELECT id FROM agency WHERE province_code = ?)",
                code);
        Database.execute(
                "DELETE FROM village_denominator WHERE village_id IN (SELECT id FROM village WHERE unit_code = ?)",
                unit);
        Database.execute("UPDATE village SET merged_into_id = NULL WHERE unit_code = ?", unit);
        Database.execute("DELETE FROM village WHERE unit_code = ?", unit);
        Database.execute(
                "DELETE FROM agency_past WHERE agency_id IN (SELECT id FROM agency WHERE province_code = ?)", code);
        // Children before parents: the tree is at most a few levels deep in a test.
        for (int level = 0; level < 4; level++) {
            Database.execute(
                    "DELETE FROM agency WHERE province_code = ? AND id NOT IN "
                            + "(SELECT parent_id FROM agency WHERE parent_id IS NOT NULL)",
                    code);
        }
        // Its own courses (its learners enrol in nothing) and its learners (moved out: see learner()).
        for (String table : List.of("question", "lesson", "course_module")) {
            Database.execute(
                    "DELETE FROM " + table + " WHERE course_id IN (SELECT id FROM course WHERE province_code = ?)",
                    code);
        }
        Database.execute("DELETE FROM course WHERE province_code = ?", code);
        Database.execute("UPDATE app_user SET unit_code = '21211' WHERE unit_code = ?", unit);
        Database.execute("DELETE FROM unit_denominator WHERE unit_code = ?", unit);
        Database.execute("DELETE FROM unit WHERE code = ?", unit);
        Database.execute("DELETE FROM province WHERE code = ?", code);
        // Or the next test sees 97 units.
        forgetCaches();
    }
}
