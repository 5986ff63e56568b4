package vn.hocvuso.media;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Texts;

/**
 * What an uploaded file really is, read from its bytes: the name and the type the client gave are never trusted.
 * A video is an MP4 (ISO base media: a {@code ftyp} box first) or a WebM (an EBML header whose doc type is
 * {@code webm}); captions are WebVTT: UTF-8 (a byte-order mark allowed), the {@code WEBVTT} signature on the first
 * line, and at least one cue timing line. Captions are stored in NFC, like every Vietnamese text of the API.
 */
final class MediaContent {

    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

    private MediaContent() {}

    /** The extension of a video whose file starts with {@code head}; 415 {@code media_type_refused} otherwise. */
    static String videoExtension(byte[] head) {
        if (head.length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            return "mp4";
        }
        if (head.length >= 4
                && Arrays.equals(Arrays.copyOf(head, 4), EBML)
                && new String(head, StandardCharsets.ISO_8859_1).contains("webm")) {
            return "webm";
        }
        throw new ApiException(StatusCode.UNSUPPORTED_MEDIA_TYPE, "media_type_refused", "MP4, WebM");
    }

    /** The captions as stored: checked WebVTT, in NFC, without a byte-order mark. */
    static byte[] captions(byte[] file) {
        String text = Texts.utf8OrNull(file);
        if (text == null) {
            throw new ApiException(StatusCode.UNSUPPORTED_MEDIA_TYPE, "media_type_refused", "WebVTT (UTF-8)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        boolean signature =
                firstLine.equals("WEBVTT") || firstLine.startsWith("WEBVTT ") || firstLine.startsWith("WEBVTT\t");
        boolean cue = text.lines()
                .anyMatch(line ->
                        line.matches("\\s*(\\d+:)?\\d{2}:\\d{2}\\.\\d{3}\\s+-->\\s+(\\d+:)?\\d{2}:\\d{2}\\.\\d{3}.*"));
        if (!signature || !cue) {
            throw new ApiException(StatusCode.UNSUPPORTED_MEDIA_TYPE, "media_type_refused", "WebVTT (UTF-8)");
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
    }
}
