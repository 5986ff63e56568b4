package vn.hocvuso.course;

/**
 * Which courses a learner or a visitor may see (issue 15, V145): the national courses ({@code province_code} null,
 * shared by every province) and one province's own. A learner's province is their unit's; a visitor's is the one the
 * catalogue is asked for, the deployment's home province by default. Another province's own course is, to them, no
 * course at all (404 {@code course_not_found}): its catalogue entry, outline, lessons and enrolment alike. The
 * progress, the final test and the certificate need an enrolment, which such a course never gives.
 */
public final class CourseReach {

    private CourseReach() {}

    /**
     * A condition on the course {@code c}: true when it is national or of the province of the learner whose id is
     * the query's parameter {@code $user} (their unit's), or, when that is null or no account, of the province
     * {@code $province}.
     */
    public static String visible(int user, int province) {
        return "(c.province_code IS NULL OR c.province_code = coalesce((" + learnerProvince(user) + "), $" + province
                + "::text))";
    }

    /** The province of the learner whose id is the query's parameter {@code $user}: their unit's (no row: none). */
    public static String learnerProvince(int user) {
        return "SELECT vu.province_code FROM app_user va JOIN unit vu ON vu.code = va.unit_code WHERE va.id = $" + user
                + "::uuid";
    }
}
