package vn.hocvuso.testing;

import io.quarkus.arc.Arc;
import io.quarkus.cache.CacheManager;

/**
 * Issue 15's second province, made up for the tests that prove one province's answers are its own: "Tỉnh Thử
 * Nghiệm" ({@value #CODE}, synthetic), one unit ({@value #UNIT}, {@value #UNIT_NAME}) with a denominator of its own
 * (700 adults), no learner, no organisation, no target. A test class enters it before its tests and removes it after
 * them, so that the other tests see Quảng Ngãi alone.
 */
public final class SyntheticProvince {

    public static final String CODE = "tinh-thu-nghiem";
    public static final String NAME = "Thử Nghiệm";
    public static final String UNIT = "99001";
    public static final String UNIT_NAME = "Xã Thử Nghiệm";

    private SyntheticProvince() {}

    /** Enters the province, its unit and the unit's denominator (a run that died before its clean-up left them: taken). */
    public static void add() {
        Database.execute("""
                INSERT INTO province (code, name, kind, committee_name, issuer_name, synthetic)
                VALUES (?, ?, 'tỉnh', 'Ủy ban nhân dân tỉnh Thử Nghiệm', 'Sở Giáo dục và Đào tạo', true)
                ON CONFLICT (code) DO NOTHING
                """, CODE, NAME);
        Database.execute("""
                INSERT INTO unit (code, name, type, population, area_km2, province_code)
                VALUES (?, ?, 'xã', 1000, 10, ?)
                ON CONFLICT (code) DO NOTHING
                """, UNIT, UNIT_NAME, CODE);
        // Its own denominator: the figures must count what is the province's, not only leave out the rest.
        Database.execute("""
                INSERT INTO unit_denominator (unit_code, valid_from, population, adult_population, estimated, source)
                VALUES (?, '2025-07-01', 1000, 700, false, 'Tỉnh Thử Nghiệm (dữ liệu thử)')
                ON CONFLICT DO NOTHING
                """, UNIT);
        forgetCaches();
    }

    /** Removes it, with the reports made of it, and forgets the caches that held its unit. */
    public static void remove() {
        Database.execute("DELETE FROM report WHERE province_code = ? OR unit_code = ?", CODE, UNIT);
        Database.execute("DELETE FROM unit_denominator WHERE unit_code = ?", UNIT);
        Database.execute("DELETE FROM unit WHERE code = ?", UNIT);
        Database.execute("DELETE FROM province WHERE code = ?", CODE);
        // The unit directory and the statistics' tables are cached: forget them, or the next test sees 97 units.
        forgetCaches();
    }

    /** The unit directories (the API's, the statistics') are cached: a unit entered in the database is not seen. */
    private static void forgetCaches() {
        CacheManager caches = Arc.container().instance(CacheManager.class).get();
        for (String name : caches.getCacheNames()) {
            caches.getCache(name).orElseThrow().invalidateAll().await().indefinitely();
        }
    }
}
