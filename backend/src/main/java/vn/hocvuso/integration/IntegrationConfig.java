package vn.hocvuso.integration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of service accounts, idempotency, webhooks and roster imports ({@code hocvuso.integrations.*}). */
@ConfigMapping(prefix = "hocvuso.integrations")
public interface IntegrationConfig {

    /** Lifetime of a client-credentials access token; like a user's, scopes change at the next token. */
    @WithDefault("PT15M")
    Duration tokenTtl();

    /** How long the first answer to an Idempotency-Key is kept and replayed. */
    @WithDefault("PT24H")
    Duration idempotencyTtl();

    /** A first request still running after this long is presumed dead; its key may be used again. */
    @WithDefault("PT1M")
    Duration idempotencyPendingTimeout();

    Webhooks webhooks();

    Imports imports();

    interface Webhooks {
        /** How often each replica looks for due deliveries (quarkus-scheduler: one second at the least). */
        @WithDefault("PT2S")
        Duration pollInterval();

        /** Deliveries taken per look; each replica takes its own with SKIP LOCKED. */
        @WithDefault("20")
        int batchSize();

        /** The wait after the first failure; doubled after each further one, up to {@link #maxBackoff()}. */
        @WithDefault("PT30S")
        Duration backoff();

        @WithDefault("PT6H")
        Duration maxBackoff();

        /** Failed attempts after which a delivery is given up (FAILED; an administrator can replay it). */
        @WithDefault("15")
        int maxAttempts();

        /** Connect and answer timeout of one delivery. */
        @WithDefault("PT10S")
        Duration timeout();

        /** How long a taken delivery is reserved for the replica sending it. */
        @WithDefault("PT1M")
        Duration lease();

        /** Whether plain http:// receivers are accepted (development and tests); production wants https. */
        @WithDefault("false")
        boolean allowHttp();

        /**
         * Networks a receiver may be on although they are not public Internet addresses (loopback,
         * private, link-local…), as CIDR ({@code 127.0.0.1/32}, {@code ::1/128}): the local receiver of
         * development and tests. Empty in production, where only public addresses are called.
         */
        Optional<List<String>> allowedNetworks();
    }

    interface Imports {
        /** The largest roster file accepted. */
        @WithDefault("20M")
        MemorySize maxFileSize();

        /** Rows written per transaction by the background job (each batch moves the progress). */
        @WithDefault("500")
        int batchSize();

        /** How often each replica looks for queued imports. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /**
         * An import whose runner sent no heartbeat (one per batch) for this long is taken over by another
         * run: its replica stopped or lost the database. The old runner, if alive, stops at its next batch.
         */
        @WithDefault("PT2M")
        Duration takeoverAfter();

        /** A batch that has not finished after this long is abandoned (rolled back) and the import queued again. */
        @WithDefault("PT2M")
        Duration batchTimeout();

        /**
         * Safety cap: a file that would change more than this share of a unit's existing public-servant
         * accounts is refused unless the uploader confirms (confirm=true).
         */
        @WithDefault("0.2")
        double capShare();

        /** ...and more than this many of them: a small unit may change a few accounts without confirming. */
        @WithDefault("10")
        int capMinimum();

        /** How long a claim code of an imported account stays valid. */
        @WithDefault("P30D")
        Duration claimCodeTtl();

        /** How often each replica deletes expired claim codes (their hashes: the codes are never stored). */
        @WithDefault("PT1H")
        Duration claimPurgeInterval();
    }
}
