package vn.hocvuso.security;

import java.util.Arrays;
import java.util.Optional;

/** What a service account may do, as OAuth scopes ({@code scope} claim of its tokens). */
public enum Scope {
    ROSTERS_WRITE("rosters:write"),
    STATS_READ("stats:read"),
    WEBHOOKS_MANAGE("webhooks:manage"),
    DENOMINATORS_WRITE("denominators:write"),
    RESULTS_READ("results:read");

    private final String wire;

    Scope(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<Scope> of(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(wire)).findFirst();
    }
}
