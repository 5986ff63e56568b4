package vn.hocvuso.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Download;
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

    CredentialFiles(ObjectMapper json) {
        this.json = json;
    }

    Download file(Issued issued, String format) {
        String name = "chung-nhan-so-" + issued.code();
        return switch (format == null ? JSON : format) {
            case JSON -> Download.attachment(json(issued.jwt()), "application/json", name + ".json");
            case JWT ->
                Download.attachment(
                        issued.jwt().getBytes(StandardCharsets.US_ASCII), CredentialResource.VC_JWT, name + ".jwt");
            case QR -> Download.inline(qr(issued.jwt()), SVG, name + ".svg");
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

    /** The JWT as a QR code (error correction L: the JWT is long, and a screen or print is clean), as SVG. */
    static byte[] qr(String content) {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(content, ErrorCorrectionLevel.L, Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalStateException("The credential does not fit in a QR code", e);
        }
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
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"Mã QR chứa chứng nhận số\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}
