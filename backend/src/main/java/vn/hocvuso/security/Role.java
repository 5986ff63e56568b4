package vn.hocvuso.security;

/** What a user may do. Every account is a LEARNER; the others are granted, each with its scope. */
public enum Role {
    LEARNER,
    /** Sees the figures and people of the units in its scope. */
    UNIT_MANAGER,
    /** Sees the figures and people of the agencies in its scope. */
    AGENCY_MANAGER,
    /** Province administrator: everything. */
    ADMIN,
    /**
     * A community helper ("Đại sứ số") of one unit: registers people who are with them and starts resets
     * for people of that unit (vn.hocvuso.helper). Granted by the unit's managers and administrators.
     */
    HELPER,
    /** Service accounts of other systems. */
    INTEGRATOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String HELPER_NAME = "HELPER";
}
