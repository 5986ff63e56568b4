package vn.hocvuso.security;

/**
 * The claims of our access tokens beyond the standard ones: what a request's authorisation reads, so
 * that every replica decides without a lookup. People's tokens are signed by {@code identity.TokenIssuer},
 * service accounts' by {@code integration.ServiceAccountService}.
 */
public final class Claims {

    /** Unit codes a manager or service account is limited to. */
    public static final String UNITS = "units";
    /** Agency ids a manager or service account is limited to. */
    public static final String AGENCIES = "agencies";
    /** The provinces a province administrator ({@code PROVINCE_ADMIN}) administers, by code ({@code quang-ngai}). */
    public static final String PROVINCES = "provinces";
    /** A helper's units: apart from {@code units}, which scopes a manager's reach and must never grow by a helper grant. */
    public static final String HELPER_UNITS = "helper_units";
    /** The login session (refresh-token family) a person's token was issued for. */
    public static final String SESSION = "sid";
    /** A service account's OAuth scopes, space-separated. */
    public static final String SCOPE = "scope";
    /** A service account's id. */
    public static final String CLIENT_ID = "client_id";

    private Claims() {}
}
