package vn.hocvuso.roster;

/**
 * Whom a roster's rows become: the learner group of every row and, for the roster of one organisation,
 * that organisation (every row's {@code agency_id}) and the unit a row without one takes (the
 * organisation's own, if it has one). Without an organisation, a roster is of public servants, each row
 * naming its own agency (or none): the roster as it has always been.
 *
 * <p>Which group an organisation's roster imports follows its kind: a school's, its students (or, when
 * asked for, its staff as public servants); an enterprise's, its workers; an agency's, its public
 * servants.
 */
record RosterTarget(Long organisationId, String defaultUnit, String group) {

    static final String PUBLIC_SERVANTS = "CBCCVC";
    static final String STUDENTS = "STUDENT";
    static final String WORKERS = "WORKER";

    /** The roster of public servants of any agencies, each row naming its own. */
    static final RosterTarget ANY_AGENCY = new RosterTarget(null, null, PUBLIC_SERVANTS);

    boolean forOrganisation() {
        return organisationId != null;
    }

    boolean students() {
        return STUDENTS.equals(group);
    }

    /**
     * The group an organisation of {@code kind} imports when {@code requested} (null: its own group) is
     * asked for; null if it may not: a school imports students or staff, the others only their own.
     */
    static String groupFor(String kind, String requested) {
        String own = switch (kind) {
            case "SCHOOL" -> STUDENTS;
            case "ENTERPRISE" -> WORKERS;
            default -> PUBLIC_SERVANTS;
        };
        if (requested == null || requested.equals(own)) {
            return own;
        }
        return "SCHOOL".equals(kind) && PUBLIC_SERVANTS.equals(requested) ? PUBLIC_SERVANTS : null;
    }
}
