package vn.hocvuso.webhook;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import vn.hocvuso.integration.IntegrationConfig;

/**
 * Where a webhook may be sent: only to public Internet addresses, so that a subscription cannot make the
 * server call its own network (PostgreSQL, a cloud metadata service, an intranet). The receiver's name
 * is resolved and every address it resolves to is checked, at subscription and again before each
 * delivery; the sender then connects to the address that was checked (not to the name again), so a
 * name that answers a public address to the check and a private one to the connection (DNS rebinding)
 * gains nothing.
 *
 * <p>Refused: this network (0/8), private (10/8, 172.16/12, 192.168/16), shared (100.64/10), loopback
 * (127/8, ::1), link-local (169.254/16, fe80::/10), multicast, reserved and documentation ranges, IPv6
 * unique-local (fc00::/7) and site-local, the unspecified address, and IPv6 forms that embed an IPv4
 * address (IPv4-mapped, which Java turns into the IPv4 address, IPv4-compatible, NAT64, 6to4) when the
 * embedded address is refused. {@code hocvuso.integrations.webhooks.allowed-networks} lets development
 * and tests reach a local receiver. CIDR matching is Netty's ({@link IpSubnetFilterRule}).
 */
@ApplicationScoped
public class WebhookAddresses {

    /** The outcome of a check: the address to connect to, or why there is none. */
    public sealed interface Checked {
        record Allowed(InetAddress address) implements Checked {}

        /** {@code reason}: {@code name_not_resolved} or {@code address_not_allowed}. */
        record Refused(String reason) implements Checked {}
    }

    private static final List<String> NOT_PUBLIC = List.of(
            "0.0.0.0/8",
            "10.0.0.0/8",
            "100.64.0.0/10",
            "127.0.0.0/8",
            "169.254.0.0/16",
            "172.16.0.0/12",
            "192.0.0.0/24",
            "192.0.2.0/24",
            "192.88.99.0/24",
            "192.168.0.0/16",
            "198.18.0.0/15",
            "198.51.100.0/24",
            "203.0.113.0/24",
            "224.0.0.0/4",
            "240.0.0.0/4",
            "::/128",
            "::1/128",
            "100::/64",
            "2001::/23",
            "2001:db8::/32",
            "fc00::/7",
            "fe80::/10",
            "fec0::/10",
            "ff00::/8");

    private final List<IpSubnetFilterRule> notPublic;
    private final List<IpSubnetFilterRule> allowed;
    private final HostResolver resolver;
    private final Vertx vertx;

    public WebhookAddresses(IntegrationConfig config, HostResolver resolver, Vertx vertx) {
        this.notPublic = NOT_PUBLIC.stream().map(WebhookAddresses::rule).toList();
        this.allowed = config.webhooks().allowedNetworks().orElse(List.of()).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(WebhookAddresses::rule)
                .toList();
        this.resolver = resolver;
        this.vertx = vertx;
    }

    /** "10.0.0.0/8", or one address ("127.0.0.1" is 127.0.0.1/32). */
    static IpSubnetFilterRule rule(String cidr) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        int prefix = slash < 0 ? (address.contains(":") ? 128 : 32) : Integer.parseInt(cidr.substring(slash + 1));
        return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.REJECT);
    }

    /** Resolves {@code host} on a worker thread (name resolution blocks) and checks every address. */
    public Uni<Checked> check(String host) {
        return vertx.executeBlocking(
                Uni.createFrom().item(() -> {
                    List<InetAddress> addresses;
                    try {
                        addresses = resolver.resolve(host);
                    } catch (UnknownHostException | SecurityException e) {
                        return new Checked.Refused("name_not_resolved");
                    }
                    if (addresses.isEmpty()) {
                        return new Checked.Refused("name_not_resolved");
                    }
                    // A name that mixes public and internal addresses is refused whole: the client could pick either.
                    return addresses.stream().allMatch(this::permitted)
                            ? new Checked.Allowed(addresses.getFirst())
                            : (Checked) new Checked.Refused("address_not_allowed");
                }),
                false);
    }

    boolean permitted(InetAddress address) {
        if (matches(allowed, address)) {
            return true;
        }
        InetAddress embedded = embeddedIpv4(address);
        return !matches(notPublic, address) && (embedded == null || !matches(notPublic, embedded));
    }

    private static boolean matches(List<IpSubnetFilterRule> rules, InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return rules.stream().anyMatch(r -> r.matches(socket));
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address v6)) {
            return null;
        }
        byte[] b = v6.getAddress();
        byte[] v4 = null;
        if (v6.isIPv4CompatibleAddress()
                || (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12))) {
            v4 = Arrays.copyOfRange(b, 12, 16);
        } else if (b[0] == 0x20 && b[1] == 0x02) {
            v4 = Arrays.copyOfRange(b, 2, 6);
        }
        try {
            return v4 == null ? null : Inet4Address.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
