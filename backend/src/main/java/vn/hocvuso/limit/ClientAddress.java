package vn.hocvuso.limit;

/**
 * The client a request comes from, as limits and the audit log see it.
 *
 * @param address the address itself, for the audit log
 * @param key     what limits count by: the IPv4 address, or the /64 network of an IPv6 address (one
 *                subscriber commonly holds a whole /64, so counting single IPv6 addresses counts nothing)
 * @param exempt  true for an address of {@code hocvuso.limits.exempt-addresses}
 */
public record ClientAddress(String address, String key, boolean exempt) {

    /** A request whose client address is not known (no socket address): it shares one key with all such. */
    public static final ClientAddress UNKNOWN = new ClientAddress("unknown", "unknown", false);
}
