package vn.hocvuso.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.HexFormat;
import vn.hocvuso.common.Download;
import vn.hocvuso.common.Secrets;

/**
 * The answer for a public JSON document about the issuer (its keys, its DID document): versioned by its content
 * (an ETag, so a verifier revalidates with a 304) and cacheable by anyone for {@code hocvuso.credentials.public-max-age}.
 */
@ApplicationScoped
class PublishedDocuments {

    private final ObjectMapper json;
    private final CredentialsConfig config;

    PublishedDocuments(ObjectMapper json, CredentialsConfig config) {
        this.json = json;
        this.config = config;
    }

    Response response(Object document, String mediaType, String fileName, HttpHeaders headers) {
        try {
            byte[] bytes = json.writeValueAsBytes(document);
            return response(bytes, HexFormat.of().formatHex(Secrets.sha256(bytes), 0, 8), mediaType, fileName, headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Response response(byte[] bytes, String version, String mediaType, String fileName, HttpHeaders headers) {
        return Download.inline(bytes, mediaType, fileName)
                .versioned(version)
                .publicFor(config.publicMaxAge())
                .response(headers);
    }
}
