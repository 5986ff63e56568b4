package vn.hocvuso.security;

/** What a user may do. Every account is a LEARNER; the others are granted, each with its scope. */
public enum Role {
    LEARNER,
    /** Sees the figures and people of the units in its scope. */
    UNIT_MANAGER,
    /** Sees the figures and people of the agencies in its scope. */
    AGENCY_MANAGER,
    /** The portal's (national) administrator: every province, everything. */
    ADMIN,
    /**
     * One province's administrator (issue 15), granted with that province's code ({@code provinces} claim): the
     * figures of its province, the roles of its units' and organisations' people. Never ADMIN: every path an
     * administrator alone may call refuses it (403) unless it is opened for it, scoped to its province.
     */
    PROVINCE_ADMIN,
    /**
     * A community helper ("Đại sứ số") of one unit: registers people who are with them and starts resets
     * for people of that unit (vn.hocvuso.helper). Granted by the unit's managers and administrators.
     */
    HELPER,
    /** Service accounts of other systems. */
    INTEGRATOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String HELPER_NAME = "HELPER";
    public static final String PROVINCE_ADMIN_NAME = "PROVINCE_ADMIN";
}
