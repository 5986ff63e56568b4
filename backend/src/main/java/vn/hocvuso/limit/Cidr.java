package vn.hocvuso.limit;

import java.util.Arrays;

/** A network in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}); a bare address is a /32 or /128. */
public record Cidr(byte[] network, int prefix) {

    /** The implicit converter SmallRye Config uses for settings of this type. */
    public static Cidr parse(CharSequence text) {
        String value = text.toString().strip();
        int slash = value.indexOf('/');
        byte[] address = IpLiterals.parse(slash < 0 ? value : value.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("'" + value + "' is not an IP address or network");
        }
        int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(value.substring(slash + 1));
        if (prefix < 0 || prefix > address.length * 8) {
            throw new IllegalArgumentException("'" + value + "' has a prefix longer than the address");
        }
        return new Cidr(address, prefix);
    }

    public boolean contains(byte[] address) {
        if (address == null || address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        if (!Arrays.equals(address, 0, full, network, 0, full)) {
            return false;
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        return IpLiterals.format(network) + "/" + prefix;
    }
}
