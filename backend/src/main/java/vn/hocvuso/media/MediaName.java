package vn.hocvuso.media;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.hocvuso.common.ApiException;

/**
 * The name of a stored media file: the SHA-256 of its bytes (lower-case hex) and an extension that says its type.
 * Nothing else is ever a name, so a path given by a client can never leave the storage directory, and a name is a
 * version: the same name always means the same bytes.
 */
public final class MediaName {

    /** Extension → the type the file is served as. */
    static final Map<String, String> TYPES = Map.of(
            "mp4", "video/mp4",
            "webm", "video/webm",
            "vtt", "text/vtt; charset=utf-8",
            "mp3", "audio/mpeg",
            "json", "application/json");

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.(mp4|webm|vtt|mp3|json)");
    /** Where the API serves a stored file. */
    public static final String URL_PREFIX = "/api/v1/media/";

    private MediaName() {}

    static boolean valid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    static String require(String name) {
        if (!valid(name)) {
            throw new IllegalArgumentException("not a media name: " + name);
        }
        return name;
    }

    static String of(byte[] sha256, String extension) {
        return HexFormat.of().formatHex(sha256) + "." + extension.toLowerCase(Locale.ROOT);
    }

    /** The type a stored file is served with. */
    static String typeOf(String name) {
        return TYPES.get(name.substring(name.lastIndexOf('.') + 1));
    }

    /** The version part of the name: its hash, which is also its entity tag. */
    static String hashOf(String name) {
        return name.substring(0, name.indexOf('.'));
    }

    static String url(String name) {
        return URL_PREFIX + name;
    }

    /** A served file that does not exist, or a name that cannot be one: one answer for both. */
    static ApiException notFound() {
        return ApiException.notFound("media_not_found");
    }
}
