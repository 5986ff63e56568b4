package vn.hocvuso.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Secrets;

/**
 * The revocation status lists (W3C Bitstring Status List v1.0): where each credential's bit is, and the signed
 * {@code BitstringStatusListCredential} of each list that verifiers fetch.
 *
 * <p>A bit is set while its certificate is revoked: the list is read from {@code certificate.revoked_at}, the one
 * record of a revocation, so the administrator's revoke (and nothing else) flips it, in its own transaction. Places
 * come from one sequence ({@code credential_status_index_seq}): no two credentials ever share a bit, whatever races.
 *
 * <p>Each list is 131,072 bits (16 KiB, the specification's minimum, so that a bit alone says little about whom it
 * belongs to), GZIP-compressed and multibase base64url-encoded ({@code u…}), bit 0 the first byte's highest. A list
 * is signed again only when its bits or the signing key change; between changes every request gets the same JWT.
 */
@ApplicationScoped
public class StatusLists {

    /** Bits per list. */
    public static final int SIZE = 131_072;

    private record Signed(String version, String jwt) {}

    private final Pool pool;
    private final Vertx vertx;
    private final SigningKeys keys;
    private final IssuerIdentity issuer;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<Integer, Signed> signed = new ConcurrentHashMap<>();

    public StatusLists(
            Pool pool, Vertx vertx, SigningKeys keys, IssuerIdentity issuer, ObjectMapper json, Clock clock) {
        this.pool = pool;
        this.vertx = vertx;
        this.keys = keys;
        this.issuer = issuer;
        this.json = json;
        this.clock = clock;
    }

    /** A place for a new credential: {list (from 1), index}. */
    public Uni<int[]> allocate(SqlClient client) {
        return client.query("SELECT nextval('credential_status_index_seq')")
                .execute()
                .map(rows -> {
                    long n = rows.iterator().next().getLong(0);
                    return new int[] {(int) (n / SIZE) + 1, (int) (n % SIZE)};
                });
    }

    /** Whether the bit at {@code index} of {@code list} is set: its certificate revoked. */
    public Uni<Boolean> isSet(int list, int index) {
        return pool.preparedQuery("""
                SELECT c.revoked_at IS NOT NULL AS revoked
                FROM certificate_credential cc JOIN certificate c ON c.id = cc.certificate_id
                WHERE cc.status_list = $1 AND cc.status_index = $2
                """)
                .execute(Tuple.of(list, index))
                .map(rows -> rows.size() > 0 && rows.iterator().next().getBoolean("revoked"));
    }

    /**
     * Status list {@code list} as a signed JWT ({@code application/vc+jwt}) and its version (changes with its bits
     * and key); 404 {@code status_list_not_found} for a list no credential uses (list 1 always exists).
     */
    public Uni<Map.Entry<String, String>> signedList(int list) {
        return pool.preparedQuery("""
                SELECT (SELECT coalesce(max(status_list), 1) FROM certificate_credential) AS lists,
                       array(SELECT cc.status_index
                             FROM certificate_credential cc JOIN certificate c ON c.id = cc.certificate_id
                             WHERE cc.status_list = $1 AND c.revoked_at IS NOT NULL) AS revoked
                """).execute(Tuple.of(list)).chain(rows -> {
            Row row = rows.iterator().next();
            if (list < 1 || list > row.getInteger("lists")) {
                throw ApiException.notFound("status_list_not_found");
            }
            byte[] bits = new byte[SIZE / 8];
            for (Integer index : row.getArrayOfIntegers("revoked")) {
                bits[index / 8] |= (byte) (0x80 >>> (index % 8));
            }
            String kid = keys.signer().keyId();
            String version = list + "."
                    + HexFormat.of()
                            .formatHex(
                                    Secrets.sha256(
                                            kid + "|" + Base64.getEncoder().encodeToString(bits)),
                                    0,
                                    8);
            Signed known = signed.get(list);
            if (known != null && known.version().equals(version)) {
                return Uni.createFrom().item(Map.entry(version, known.jwt()));
            }
            return vertx.executeBlocking(Uni.createFrom().item(() -> sign(list, bits)), false)
                    .map(jwt -> {
                        signed.put(list, new Signed(version, jwt));
                        return Map.entry(version, jwt);
                    });
        });
    }

    private String sign(int list, byte[] bits) {
        String encoded = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits));
        try {
            byte[] payload =
                    json.writeValueAsBytes(OpenBadges.statusList(issuer, list, encoded, OffsetDateTime.now(clock)));
            return keys.sign("vc+jwt", "vc", payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
