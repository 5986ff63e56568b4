package vn.hocvuso.province;

import java.util.Locale;
import java.util.Objects;

/**
 * A province, as its own row says (V140): the tenant that units, and through them organisations, villages and
 * learners, belong to. What it shows of itself is data: a second province is a row, not a build.
 *
 * @param code our key, a slug of the name ({@code quang-ngai})
 * @param gsoCode the statistics office's two-digit code, or null until taken from the official list
 * @param name {@code Quảng Ngãi}
 * @param kind {@code tỉnh} or {@code thành phố}
 * @param committeeName the people's committee, first line of a certificate's head
 * @param issuerName the department that issues the province's certificates
 * @param hotline the support line learners are told to call, or null
 * @param primaryColor the web app's main colour, {@code #rrggbb}
 * @param synthetic made up for tests and demonstrations, never a real province
 * @param planReference the plan its Party committee issued for the movement, as a notice cites it
 *     ({@code Kế hoạch số 368-KH/TU ngày 24/5/2025}), or null until it is entered
 */
public record Province(
        String code,
        String gsoCode,
        String name,
        String kind,
        String committeeName,
        String issuerName,
        String hotline,
        String primaryColor,
        boolean synthetic,
        String planReference) {

    private static final Locale VIETNAMESE = Locale.of("vi");

    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(committeeName, "committeeName");
        Objects.requireNonNull(issuerName, "issuerName");
    }

    /** {@code tỉnh Quảng Ngãi}: the name as a sentence writes it. */
    public String fullName() {
        return kind + " " + name;
    }

    /** {@code Tỉnh ủy Quảng Ngãi}: the province's Party committee as a sentence names it (a city's: {@code Thành ủy}). */
    public String partyCommittee() {
        return (kind.equals("tỉnh") ? "Tỉnh ủy " : "Thành ủy ") + name;
    }

    /**
     * The province's plan for the movement as a sentence cites it: its number and date where the row has them,
     * else only "Kế hoạch", so that "Thực hiện Kế hoạch của Tỉnh ủy …" still reads right and no other province's
     * number is ever cited.
     */
    public String planCited() {
        return planReference == null ? "Kế hoạch" : planReference;
    }

    /** {@code TỈNH QUẢNG NGÃI}: as the head of an official document writes it. */
    public String fullNameUpper() {
        return upper(fullName());
    }

    /** A province's key as the {@code province} table checks it ({@code quang-ngai}): for a parameter's pattern. */
    public static final String KEY = "[a-z][a-z0-9-]{1,39}";

    /** A name as the head of an official document writes it: "SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
    public static String upper(String name) {
        return name.toUpperCase(VIETNAMESE);
    }
}
