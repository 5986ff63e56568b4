package vn.hocvuso.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the web app is, for the links the API hands out. The setting keeps the name of its first use,
 * {@code hocvuso.certificates.verify-base-url}.
 */
@ConfigMapping(prefix = "hocvuso.certificates")
public interface WebAppConfig {

    /**
     * The public address of the web app; a certificate's QR code and verification link point to
     * {@code <verify-base-url>/chung-nhan/<code>}, e-mails to the account's settings page under it.
     */
    @WithDefault("http://localhost:5173")
    String verifyBaseUrl();
}
