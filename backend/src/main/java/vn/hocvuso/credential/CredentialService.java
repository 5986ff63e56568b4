package vn.hocvuso.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.certificate.CertificateCodes;
import vn.hocvuso.certificate.CertificateIssuer;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Rows;
import vn.hocvuso.common.WebAppConfig;
import vn.hocvuso.province.Provinces;

/**
 * A certificate's Open Badges 3.0 credential, for its holder and for administrators. It is issued the first time it
 * is asked for (every certificate has one, those from before this feature too) and kept as issued: later downloads
 * get the same JWT, signed by the key that was current then, which keeps verifying after a rotation.
 *
 * <p>Issuance takes a bit from the status lists, signs on a worker (not on the event loop, not inside a
 * transaction) and stores the result unless a concurrent request stored one first, in which case that one is
 * everybody's answer (its bit the credential's; the loser's bit stays unused).
 */
@ApplicationScoped
public class CredentialService {

    /** A credential as issued: the certificate's code and the compact JWS. */
    public record Issued(String code, String jwt) {}

    private static final String SELECT = """
            SELECT c.id, c.code, c.user_id, c.course_id, c.holder_name, c.course_title, c.issued_at, c.revoked_at,
                   cc.jwt, c.source, """ + Provinces.COLUMNS + """
            FROM certificate c LEFT JOIN certificate_credential cc ON cc.certificate_id = c.id
            JOIN unit u ON u.code = c.unit_code JOIN province p ON p.code = u.province_code
            WHERE c.code = $1
            """;

    private final Pool pool;
    private final Vertx vertx;
    private final SigningKeys keys;
    private final StatusLists statusLists;
    private final IssuerIdentity issuer;
    private final WebAppConfig web;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;

    public CredentialService(
            Pool pool,
            Vertx vertx,
            SigningKeys keys,
            StatusLists statusLists,
            IssuerIdentity issuer,
            WebAppConfig web,
            ObjectMapper json,
            AuditLog audit,
            Clock clock) {
        this.pool = pool;
        this.vertx = vertx;
        this.keys = keys;
        this.statusLists = statusLists;
        this.issuer = issuer;
        this.web = web;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** The holder's own credential; another person's certificate is 404, as if it did not exist. */
    public Uni<Issued> forHolder(UUID userId, String typedCode) {
        return find(typedCode).chain(row -> {
            if (!row.getUUID("user_id").equals(userId)) {
                throw ApiException.notFound("certificate_not_found");
            }
            return issued(row);
        });
    }

    /** Any certificate's credential, for an administrator: the read of a person's credential is audited. */
    public Uni<Issued> forAdmin(UUID actorId, String typedCode) {
        return find(typedCode)
                .chain(row -> issued(row)
                        .call(issued -> audit.record(
                                pool,
                                actorId,
                                "certificate.credential.read",
                                "certificate",
                                issued.code(),
                                Map.of("holderId", row.getUUID("user_id").toString()))));
    }

    private Uni<Row> find(String typedCode) {
        String code =
                CertificateCodes.normalize(typedCode).orElseThrow(() -> ApiException.notFound("certificate_not_found"));
        return pool.preparedQuery(SELECT).execute(Tuple.of(code)).map(rows -> Rows.one(rows, "certificate_not_found"));
    }

    private Uni<Issued> issued(Row row) {
        String code = row.getString("code");
        if (row.getString("jwt") != null) {
            return Uni.createFrom().item(new Issued(code, row.getString("jwt")));
        }
        if (!"PORTAL".equals(row.getString("source"))) {
            // A result of the national platform: its credential is the national platform's to issue.
            throw ApiException.notFound("certificate_issued_elsewhere");
        }
        if (row.getOffsetDateTime("revoked_at") != null) {
            // Never a new credential for a revoked certificate: it would be born revoked.
            throw new ApiException(StatusCode.CONFLICT, "certificate_revoked");
        }
        UUID certificateId = row.getUUID("id");
        return statusLists.allocate(pool).chain(place -> {
            OpenBadges.Certificate certificate = new OpenBadges.Certificate(
                    CertificateIssuer.verifyUrl(web, code),
                    row.getString("holder_name"),
                    row.getUUID("course_id"),
                    row.getString("course_title"),
                    Provinces.province(row).fullName(),
                    row.getOffsetDateTime("issued_at"),
                    place[0],
                    place[1]);
            return vertx.executeBlocking(Uni.createFrom().item(() -> sign(certificate)), false)
                    .chain(signed -> pool.preparedQuery("""
                                    INSERT INTO certificate_credential
                                        (certificate_id, status_list, status_index, key_id, jwt, issued_at)
                                    VALUES ($1, $2, $3, $4, $5, $6)
                                    ON CONFLICT (certificate_id) DO NOTHING
                                    """)
                            .execute(Tuple.of(
                                    certificateId,
                                    place[0],
                                    place[1],
                                    signed.getKey(),
                                    signed.getValue(),
                                    OffsetDateTime.now(clock)))
                            .chain(() -> pool.preparedQuery(
                                            "SELECT jwt FROM certificate_credential WHERE certificate_id = $1")
                                    .execute(Tuple.of(certificateId)))
                            .map(rows -> new Issued(code, rows.iterator().next().getString("jwt"))));
        });
    }

    /** {key id, JWT}. */
    private Map.Entry<String, String> sign(OpenBadges.Certificate certificate) {
        try {
            String jwt = keys.sign("vc+jwt", "vc", json.writeValueAsBytes(OpenBadges.credential(issuer, certificate)));
            return Map.entry(JWSObject.parse(jwt).getHeader().getKeyID(), jwt);
        } catch (JsonProcessingException | ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
