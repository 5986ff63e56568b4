package vn.hocvuso.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of certificates ({@code hocvuso.certificates.*}). */
@ConfigMapping(prefix = "hocvuso.certificates")
public interface CertificateConfig {

    /**
     * The public address of the web app; a certificate's QR code and verification link point to
     * {@code <verify-base-url>/chung-nhan/<code>}.
     */
    @WithDefault("http://localhost:5173")
    String verifyBaseUrl();
}
