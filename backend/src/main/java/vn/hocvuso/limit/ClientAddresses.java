package vn.hocvuso.limit;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Derives the client's address from the connection and, behind trusted proxies, from
 * {@code X-Forwarded-For}.
 *
 * <p>Our own instead of {@code quarkus.http.proxy.*}: Quarkus takes the <em>left-most</em> value of
 * {@code X-Forwarded-For}, and that is whatever the client wrote there whenever the balancer appends to
 * the header (nginx's {@code $proxy_add_x_forwarded_for}, HAProxy, most cloud balancers), so a client
 * could choose its own key for every limit. Here the list is read from the right: each hop added by a
 * trusted proxy is believed, and the first address a trusted proxy vouches for that is not itself a
 * trusted proxy is the client. A connection from anywhere else is its own client, header or not.
 */
@ApplicationScoped
public class ClientAddresses {

    private static final String X_FORWARDED_FOR = "X-Forwarded-For";

    private final List<Cidr> trusted;
    private final List<Cidr> exempt;

    public ClientAddresses(LimitsConfig config) {
        this.trusted = config.trustedProxies().orElse(List.of());
        this.exempt = config.exemptAddresses().orElse(List.of());
    }

    public ClientAddress of(HttpServerRequest request) {
        // The connection's peer, never a header: with Quarkus' own forwarding switched on,
        // request.remoteAddress() would already be the header's left-most value.
        SocketAddress peer =
                request.connection() == null ? null : request.connection().remoteAddress();
        byte[] client = peer == null || peer.hostAddress() == null ? null : IpLiterals.parse(peer.hostAddress());
        if (client == null) {
            return ClientAddress.UNKNOWN;
        }
        if (isTrusted(client)) {
            List<String> hops = hops(request.headers().getAll(X_FORWARDED_FOR));
            for (int i = hops.size() - 1; i >= 0; i--) {
                byte[] hop = IpLiterals.parse(hops.get(i));
                if (hop == null) {
                    break; // not written by a trusted proxy: keep the last address one vouched for
                }
                client = hop;
                if (!isTrusted(hop)) {
                    break;
                }
            }
        }
        return describe(client);
    }

    ClientAddress describe(byte[] address) {
        String text = IpLiterals.format(address);
        String key = text;
        if (address.length == 16) {
            byte[] network = Arrays.copyOf(address, 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            key = IpLiterals.format(network) + "/64";
        }
        boolean isExempt = exempt.stream().anyMatch(cidr -> cidr.contains(address));
        return new ClientAddress(text, key, isExempt);
    }

    private boolean isTrusted(byte[] address) {
        return trusted.stream().anyMatch(cidr -> cidr.contains(address));
    }

    /** Every value of every X-Forwarded-For line, in order (a proxy may add a line instead of appending). */
    private static List<String> hops(List<String> lines) {
        List<String> hops = new ArrayList<>();
        for (String line : lines) {
            for (String part : line.split(",")) {
                if (!part.isBlank()) {
                    hops.add(part.strip());
                }
            }
        }
        return hops;
    }
}
