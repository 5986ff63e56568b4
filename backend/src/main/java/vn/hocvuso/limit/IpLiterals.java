package vn.hocvuso.limit;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** IP address literals read and written without ever asking DNS (a header's value is not a host name). */
final class IpLiterals {

    private IpLiterals() {}

    /**
     * The address's bytes (4 for IPv4, and for IPv6 forms of an IPv4 address such as {@code ::ffff:1.2.3.4};
     * else 16), or null if the text is not an address. Brackets and a port ({@code [2001:db8::1]:443},
     * {@code 203.0.113.7:51234}), as some proxies write them, are accepted.
     */
    static byte[] parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return null;
            }
            value = value.substring(1, close);
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':') && value.indexOf('.') > 0) {
            value = value.substring(0, value.indexOf(':')); // IPv4 with a port
        }
        int zone = value.indexOf('%');
        if (zone >= 0) {
            value = value.substring(0, zone);
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(value);
        if (bytes == null) {
            return null;
        }
        if (bytes.length == 16 && isMappedIpv4(bytes)) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    static String format(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress(); // no lookup: the bytes are given
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
