package vn.hocvuso.testing;

import io.quarkus.arc.Arc;
import io.quarkus.cache.CacheManager;

/**
 * A second province beside Quảng Ngãi, synthetic and labelled so ({@code province.synthetic}), with one commune:
 * entered in the database, and removed with every organisation made in its commune when the test closes it.
 * A run that died before its clean-up left it behind: the next one takes it over (nothing is entered twice).
 *
 * <pre>{@code
 * try (SyntheticProvince other = SyntheticProvince.enter("bien-thu-nghiem", "Biển Thử Nghiệm", "99002")) { … }
 * }</pre>
 */
public final class SyntheticProvince implements AutoCloseable {

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

    /** The unit directories (the API's, the statistics') are cached: a unit entered in the database is not seen. */
    public static void forgetCaches() {
        CacheManager caches = Arc.container().instance(CacheManager.class).get();
        for (String name : caches.getCacheNames()) {
            caches.getCache(name).orElseThrow().invalidateAll().await().indefinitely();
        }
    }

    /** Removes the province, its commune and what a test made there (organisations, denominators). */
    @Override
    public void close() {
        String made = "SELECT id FROM agency WHERE province_code = '" + code + "'";
        Database.execute("DELETE FROM agency_past WHERE agency_id IN (" + made + ")");
        // Children before parents: the tree is at most a few levels deep in a test.
        for (int level = 0; level < 4; level++) {
            Database.execute(
                    "DELETE FROM agency WHERE province_code = ? AND id NOT IN "
                            + "(SELECT parent_id FROM agency WHERE parent_id IS NOT NULL)",
                    code);
        }
        Database.execute("DELETE FROM unit_denominator WHERE unit_code = ?", unit);
        Database.execute("DELETE FROM unit WHERE code = ?", unit);
        Database.execute("DELETE FROM province WHERE code = ?", code);
        forgetCaches();
    }
}
