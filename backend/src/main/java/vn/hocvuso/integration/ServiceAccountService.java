package vn.hocvuso.integration;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Rows;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.common.Violations;
import vn.hocvuso.identity.AuthConfig;
import vn.hocvuso.integration.ServiceAccountViews.ClientTokenResponse;
import vn.hocvuso.integration.ServiceAccountViews.CreateServiceAccountRequest;
import vn.hocvuso.integration.ServiceAccountViews.ServiceAccountSecret;
import vn.hocvuso.integration.ServiceAccountViews.ServiceAccountView;
import vn.hocvuso.security.Claims;
import vn.hocvuso.security.Role;

/** Service accounts: created, rotated and revoked by administrators; exchanged for tokens by their systems. */
@ApplicationScoped
public class ServiceAccountService {

    static final String SECRET_PREFIX = "hvs_sk_";
    private static final String COLUMNS = """
            id, name, description, scopes, unit_codes, agency_ids, created_at, rotated_at, revoked_at
            """;

    private final Pool pool;
    private final AuditLog audit;
    private final AuthConfig auth;
    private final IntegrationConfig config;

    public ServiceAccountService(Pool pool, AuditLog audit, AuthConfig auth, IntegrationConfig config) {
        this.pool = pool;
        this.audit = audit;
        this.auth = auth;
        this.config = config;
    }

    public Uni<ServiceAccountSecret> create(UUID actor, CreateServiceAccountRequest request) {
        String name = request.name();
        String description = request.description();
        Set<String> scopes = new LinkedHashSet<>(request.scopes());
        List<String> unitCodes = request.unitCodes() == null
                ? List.of()
                : request.unitCodes().stream().distinct().toList();
        List<Long> agencyIds = request.agencyIds() == null
                ? List.of()
                : request.agencyIds().stream().distinct().toList();
        String secret = Secrets.newSecret(SECRET_PREFIX);
        UUID id = Ids.newId();
        return pool.withTransaction(tx -> checkLimits(tx, unitCodes, agencyIds)
                .chain(() -> tx.preparedQuery("""
                        INSERT INTO service_account (id, name, description, secret_hash, scopes, unit_codes, agency_ids, created_by)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING
                        """ + COLUMNS)
                        .execute(Tuple.tuple()
                                .addUUID(id)
                                .addString(name)
                                .addString(description == null ? "" : description)
                                .addBuffer(Buffer.buffer(Secrets.sha256(secret)))
                                .addArrayOfString(scopes.toArray(String[]::new))
                                .addArrayOfString(unitCodes.toArray(String[]::new))
                                .addArrayOfLong(agencyIds.toArray(Long[]::new))
                                .addUUID(actor)))
                .call(() -> audit.record(
                        tx,
                        actor,
                        "SERVICE_ACCOUNT_CREATED",
                        "service_account",
                        id.toString(),
                        Map.of(
                                "name",
                                name,
                                "scopes",
                                List.copyOf(scopes),
                                "unitCodes",
                                unitCodes,
                                "agencyIds",
                                agencyIds)))
                .map(rows -> new ServiceAccountSecret(toView(rows.iterator().next()), id.toString(), secret)));
    }

    private static Uni<Void> checkLimits(SqlClient tx, List<String> unitCodes, List<Long> agencyIds) {
        Violations v = new Violations();
        return tx.preparedQuery("SELECT code FROM unit WHERE code = ANY($1)")
                .execute(Tuple.of(unitCodes.toArray(String[]::new)))
                .invoke(rows -> {
                    Set<String> found = new LinkedHashSet<>();
                    rows.forEach(r -> found.add(r.getString(0)));
                    unitCodes.stream()
                            .filter(c -> !found.contains(c))
                            .findFirst()
                            .ifPresent(c -> v.add("unitCodes", "unit_not_found", c));
                })
                .chain(() -> tx.preparedQuery("SELECT id FROM agency WHERE id = ANY($1)")
                        .execute(Tuple.of(agencyIds.toArray(Long[]::new))))
                .invoke(rows -> {
                    Set<Long> found = new LinkedHashSet<>();
                    rows.forEach(r -> found.add(r.getLong(0)));
                    if (agencyIds.stream().anyMatch(a -> !found.contains(a))) {
                        v.add("agencyIds", "agency_not_found");
                    }
                    v.throwIfAny();
                })
                .replaceWithVoid();
    }

    public Uni<Page<ServiceAccountView>> list(PageRequest page) {
        return pool.preparedQuery("SELECT count(*) FROM service_account")
                .execute()
                .chain(count -> pool.preparedQuery("SELECT " + COLUMNS
                                + " FROM service_account ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2")
                        .execute(Tuple.of(page.size, page.offset()))
                        .map(rows -> Rows.page(count, rows, page, r -> toView(r))));
    }

    public Uni<ServiceAccountView> one(UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM service_account WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> toView(Rows.one(rows, "service_account_not_found")));
    }

    /** A new secret; the old one stops working at once (tokens already issued run out within their lifetime). */
    public Uni<ServiceAccountSecret> rotate(UUID actor, UUID id) {
        String secret = Secrets.newSecret(SECRET_PREFIX);
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE service_account SET secret_hash = $2, rotated_at = now()
                WHERE id = $1 AND revoked_at IS NULL RETURNING
                """ + COLUMNS)
                .execute(Tuple.tuple().addUUID(id).addBuffer(Buffer.buffer(Secrets.sha256(secret))))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return exists(tx, id).map(exists -> {
                            throw exists
                                    ? new ApiException(StatusCode.CONFLICT, "service_account_revoked")
                                    : ApiException.notFound("service_account_not_found");
                        });
                    }
                    return audit.record(
                                    tx,
                                    actor,
                                    "SERVICE_ACCOUNT_SECRET_ROTATED",
                                    "service_account",
                                    id.toString(),
                                    Map.of())
                            .map(ignored -> new ServiceAccountSecret(
                                    toView(rows.iterator().next()), id.toString(), secret));
                }));
    }

    /** Revoked for good: no new token; the row stays for the audit trail and the owned subscriptions stop. */
    public Uni<Void> revoke(UUID actor, UUID id) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE service_account SET revoked_at = now(), revoked_by = $2 WHERE id = $1 AND revoked_at IS NULL
                """)
                .execute(Tuple.of(id, actor))
                .chain(rows -> {
                    if (rows.rowCount() == 0) {
                        // Revoking twice is harmless (204); an unknown id is a 404.
                        return exists(tx, id)
                                .invoke(exists -> {
                                    if (!exists) {
                                        throw ApiException.notFound("service_account_not_found");
                                    }
                                })
                                .replaceWithVoid();
                    }
                    return tx.preparedQuery(
                                    "UPDATE webhook_subscription SET active = false, updated_at = now() WHERE owner_id = $1")
                            .execute(Tuple.of(id))
                            .chain(() -> audit.record(
                                    tx, actor, "SERVICE_ACCOUNT_REVOKED", "service_account", id.toString(), Map.of()));
                }));
    }

    private static Uni<Boolean> exists(SqlClient tx, UUID id) {
        return tx.preparedQuery("SELECT 1 FROM service_account WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() > 0);
    }

    /** The outcome of a client-credentials request: a token, or an RFC 6749 error code. */
    public sealed interface Grant {
        record Issued(ClientTokenResponse token) implements Grant {}

        record Refused(String error) implements Grant {}
    }

    /**
     * Client credentials (RFC 6749 §4.4). {@code requestedScope} may narrow the account's scopes; asking
     * for one it does not hold is {@code invalid_scope}.
     */
    public Uni<Grant> issue(String clientId, String clientSecret, String requestedScope) {
        UUID id;
        try {
            id = UUID.fromString(clientId);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().item(new Grant.Refused("invalid_client"));
        }
        return pool.preparedQuery("""
                SELECT id, secret_hash, scopes, unit_codes, agency_ids FROM service_account
                WHERE id = $1 AND revoked_at IS NULL
                """)
                .execute(Tuple.of(id))
                .<Grant>map(rows -> {
                    byte[] presented = Secrets.sha256(clientSecret);
                    if (rows.size() == 0) {
                        Secrets.sameHash(presented, presented); // same work whether the account exists or not
                        return new Grant.Refused("invalid_client");
                    }
                    Row row = rows.iterator().next();
                    if (!Secrets.sameHash(
                            presented, row.getBuffer("secret_hash").getBytes())) {
                        return new Grant.Refused("invalid_client");
                    }
                    List<String> held = Arrays.asList(row.getArrayOfStrings("scopes"));
                    List<String> granted = held;
                    if (requestedScope != null && !requestedScope.isBlank()) {
                        granted = Arrays.stream(requestedScope.strip().split(" +"))
                                .distinct()
                                .toList();
                        if (!held.containsAll(granted)) {
                            return new Grant.Refused("invalid_scope");
                        }
                    }
                    String scope = String.join(" ", granted);
                    String token = Jwt.issuer(auth.auth().issuer())
                            .audience(auth.auth().audience())
                            .subject(id.toString())
                            .upn("service:" + id)
                            .groups(Set.of(Role.INTEGRATOR.name()))
                            .claim(Claims.SCOPE, scope)
                            .claim(Claims.CLIENT_ID, id.toString())
                            .claim(Claims.UNITS, Arrays.asList(row.getArrayOfStrings("unit_codes")))
                            .claim(Claims.AGENCIES, Arrays.asList(row.getArrayOfLongs("agency_ids")))
                            .expiresIn(config.tokenTtl())
                            .sign();
                    return new Grant.Issued(new ClientTokenResponse(
                            token, "Bearer", config.tokenTtl().toSeconds(), scope));
                })
                // Who got a token, when, with which scopes: the trail of everything it then did.
                .call(grant -> grant instanceof Grant.Issued issued
                        ? audit.record(
                                pool,
                                id,
                                "SERVICE_ACCOUNT_TOKEN_ISSUED",
                                "service_account",
                                id.toString(),
                                Map.of("scope", issued.token().scope()))
                        : Uni.createFrom().voidItem());
    }

    static ServiceAccountView toView(Row row) {
        OffsetDateTime revokedAt = row.getOffsetDateTime("revoked_at");
        return new ServiceAccountView(
                row.getUUID("id"),
                row.getUUID("id").toString(),
                row.getString("name"),
                row.getString("description"),
                Arrays.asList(row.getArrayOfStrings("scopes")),
                Arrays.asList(row.getArrayOfStrings("unit_codes")),
                Arrays.asList(row.getArrayOfLongs("agency_ids")),
                revokedAt == null,
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("rotated_at"),
                revokedAt);
    }
}
