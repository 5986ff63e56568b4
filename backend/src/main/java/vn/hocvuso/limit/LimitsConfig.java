package vn.hocvuso.limit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Limits per client address and per account ({@code hocvuso.limits.*}); why each value was chosen is in
 * docs/operations.md, "Limits and lockout". A rate is "N/period": N at once, then N per period.
 */
@ConfigMapping(prefix = "hocvuso.limits")
public interface LimitsConfig {

    /**
     * The load balancers and reverse proxies in front of the API (addresses or networks). Only a
     * connection from one of them may say, in {@code X-Forwarded-For}, which client it forwards; without
     * any, the client is the connection's own address and the header is ignored.
     */
    Optional<List<Cidr>> trustedProxies();

    /**
     * Client addresses that no limit per address applies to (limits per account and lockouts still do):
     * e.g. the network of a provincial training room where a whole class registers at once.
     */
    Optional<List<Cidr>> exemptAddresses();

    /** Wrong passwords, claim codes and client secrets from one address, whatever the account (spraying). */
    @WithDefault("50/PT30M")
    Rate credentialFailuresPerAddress();

    /** New accounts from one address: a commune hall registering a class fits, a script does not. */
    @WithDefault("60/PT1H")
    Rate registrationsPerAddress();

    /**
     * Registrations naming one phone number or e-mail, from anywhere: a double-clicking, retrying person
     * fits; each costs a password hash even when the number turns out to be taken.
     */
    @WithDefault("10/PT1H")
    Rate registrationsPerAccount();

    /** Tokens issued to one service account; a client should keep its token for its 15 minutes. */
    @WithDefault("60/PT1H")
    Rate tokensPerServiceAccount();

    /** Token refreshes from one address: a flood guard far above what a shared network needs. */
    @WithDefault("300/PT1M")
    Rate refreshesPerAddress();

    /** Token refreshes of one account, across its devices (each refreshes every 15 minutes). */
    @WithDefault("30/PT15M")
    Rate refreshesPerAccount();

    /** Certificate PDFs to one address: a commune office printing a class's certificates fits. */
    @WithDefault("20/PT1M")
    Rate pdfsPerAddress();

    /** Downloads of one certificate's PDF, from anywhere: its holder, an employer, a shared link. */
    @WithDefault("60/PT1M")
    Rate pdfsPerCertificate();

    /** Credentials checked from one address (POST /credentials/verify): an employer checking a class's files fits. */
    @WithDefault("60/PT1M")
    Rate verificationsPerAddress();

    /** "Quên mật khẩu" requests from one address: a commune hall helping a class fits, a script does not. */
    @WithDefault("30/PT1H")
    Rate passwordResetsPerAddress();

    /**
     * Reset codes asked for one phone number or e-mail, from anywhere (whether or not an account has it):
     * a person who did not get the first code asks again; nobody floods a phone with SMS.
     */
    @WithDefault("5/PT1H")
    Rate passwordResetsPerAccount();

    /** Reset codes tried from one address, whatever the account (each code also dies after 5 wrong tries). */
    @WithDefault("30/PT30M")
    Rate passwordResetConfirmsPerAddress();

    /** How often each replica deletes the limits' rows that no longer limit anything. */
    @WithDefault("10m")
    Duration purgeEvery();
}
