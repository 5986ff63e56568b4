package vn.hocvuso.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.hocvuso.credential.CredentialService.Issued;
import vn.hocvuso.testing.FileReaders;

/** The credential's QR code: the JWT itself while it fits, else the way to the certificate's public page. */
class CredentialFilesTest {

    private final CredentialFiles files = new CredentialFiles(
            new ObjectMapper(), () -> "https://hocvuso.example.invalid/", null); // qr() needs no Vert.x

    @Test
    void aCredentialThatFitsIsItsOwnQrCode() {
        String jwt = "eyJhbGciOiJFUzI1NiJ9." + "e".repeat(1500) + ".sig";
        assertThat(FileReaders.svgQr(files.qr(new Issued("HVS-7K3M-9QXD-4TPR", jwt))))
                .isEqualTo(jwt);
    }

    /** A course title near its 200 characters makes a JWT longer than any QR code holds: never a 500. */
    @Test
    void aCredentialTooLongForAQrCodePointsToTheVerificationPage() {
        String jwt = "eyJhbGciOiJFUzI1NiJ9." + "e".repeat(3500) + ".sig";
        byte[] svg = files.qr(new Issued("HVS-7K3M-9QXD-4TPR", jwt));
        assertThat(FileReaders.svgQr(svg)).isEqualTo("https://hocvuso.example.invalid/chung-nhan/HVS-7K3M-9QXD-4TPR");
        assertThat(new String(svg, java.nio.charset.StandardCharsets.UTF_8)).contains("trang xác thực");
    }
}
