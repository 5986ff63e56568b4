package vn.hocvuso.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.hocvuso.certificate.CertificateIssuer;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Download;
import vn.hocvuso.common.WebAppConfig;
import vn.hocvuso.credential.CredentialService.Issued;

/**
 * A credential as the files its holder takes away: the JSON an Open Badges wallet imports (an enveloped VC 2.0
 * credential), the bare JWT, and a QR code that carries the JWT itself, so a verifier's phone checks it without any
 * link to follow. Every one holds a person's name: never cached anywhere ({@code no-store}).
 */
@ApplicationScoped
class CredentialFiles {

    /** The formats of {@code ?format=}. */
    static final String JSON = "json";

    static final String JWT = "jwt";
    static final String QR = "qr";
    static final String SVG = "image/svg+xml";

    private final ObjectMapper json;
    private final WebAppConfig web;
    private final Vertx vertx;

    CredentialFiles(ObjectMapper json, WebAppConfig web, Vertx vertx) {
        this.json = json;
        this.web = web;
        this.vertx = vertx;
    }

    /**
     * The credential as the answer to {@code ?format=}: the QR code, milliseconds of CPU for a JWT of 2,000
     * characters (a version-34 code), is drawn on a worker thread, never on the event loop.
     */
    Uni<Response> answer(Uni<Issued> issued, String format, HttpHeaders headers) {
        return issued.chain(credential -> QR.equals(format)
                        ? vertx.executeBlocking(Uni.createFrom().item(() -> file(credential, format)), false)
                        : Uni.createFrom().item(() -> file(credential, format)))
                .map(file -> file.response(headers));
    }

    Download file(Issued issued, String format) {
        String name = "chung-nhan-so-" + issued.code();
        return switch (format == null ? JSON : format) {
            case JSON -> Download.attachment(json(issued.jwt()), "application/json", name + ".json");
            case JWT ->
                Download.attachment(
                        issued.jwt().getBytes(StandardCharsets.US_ASCII), CredentialResource.VC_JWT, name + ".jwt");
            case QR -> Download.inline(qr(issued), SVG, name + ".svg");
            default -> throw ApiException.invalid("format", "invalid_choice");
        };
    }

    private byte[] json(String jwt) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(CredentialViews.Enveloped.of(jwt));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The JWT as a QR code (error correction L: the JWT is long, and a screen or print is clean), as SVG. A JWT
     * longer than a QR code holds (a course title near its 200 characters, written out three times in the
     * credential) points to the certificate's public verification page instead, which names the credential.
     */
    byte[] qr(Issued issued) {
        try {
            return svg(matrix(issued.jwt()), "Mã QR chứa chứng nhận số");
        } catch (WriterException tooLong) {
            try {
                return svg(
                        matrix(CertificateIssuer.verifyUrl(web, issued.code())),
                        "Mã QR dẫn tới trang xác thực chứng nhận");
            } catch (WriterException e) {
                throw new IllegalStateException("A verification address does not fit in a QR code", e);
            }
        }
    }

    private static ByteMatrix matrix(String content) throws WriterException {
        return Encoder.encode(content, ErrorCorrectionLevel.L, Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1"))
                .getMatrix();
    }

    /** A QR code as SVG unit squares, with its accessible name. */
    private static byte[] svg(ByteMatrix matrix, String label) {
        int n = matrix.getWidth();
        int quiet = 4;
        StringBuilder path = new StringBuilder(n * n * 4);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (matrix.get(x, y) == 1) {
                    path.append('M')
                            .append(x + quiet)
                            .append(' ')
                            .append(y + quiet)
                            .append("h1v1h-1z");
                }
            }
        }
        int size = n + 2 * quiet;
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + label + "\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}
