package vn.hocvuso.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The verified-token cache ({@code hocvuso.auth.verified-tokens.*}, {@link VerifiedTokens}). */
@ConfigMapping(prefix = "hocvuso.auth.verified-tokens")
public interface VerifiedTokensConfig {

    /**
     * Tokens kept, each until its {@code exp}: about 3 kB each. A token not kept is verified again, never refused
     * for it; size it to the tokens one replica sees within an access token's life (about the learners it serves).
     */
    @WithDefault("20000")
    long cacheSize();
}
