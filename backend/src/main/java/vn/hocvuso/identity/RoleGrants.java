package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.common.Rows;
import vn.hocvuso.security.Role;

/** The named queries of role grants ({@code role_grant}). */
@ApplicationScoped
public class RoleGrants {

    private static final String SELECT =
            "SELECT id, user_id, role, unit_code, agency_id, province_code, granted_at, granted_by FROM role_grant ";

    public Uni<List<RoleGrant>> forUser(SqlClient client, UUID userId) {
        return client.preparedQuery(SELECT + "WHERE user_id = $1 ORDER BY granted_at, id")
                .execute(Tuple.of(userId))
                .map(rows -> Rows.list(rows, RoleGrants::grant));
    }

    public Uni<List<RoleGrant>> forUsers(SqlClient client, Collection<UUID> userIds) {
        return client.preparedQuery(SELECT + "WHERE user_id = ANY($1) ORDER BY granted_at, id")
                .execute(Tuple.of(userIds.toArray(UUID[]::new)))
                .map(rows -> Rows.list(rows, RoleGrants::grant));
    }

    /** The grant, or null. */
    public Uni<RoleGrant> find(SqlClient client, UUID id) {
        return client.preparedQuery(SELECT + "WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : grant(rows.iterator().next()));
    }

    /** The grant of this role with this scope, or null. */
    public Uni<RoleGrant> findSame(
            SqlClient client, UUID userId, Role role, String unitCode, Long agencyId, String provinceCode) {
        return client.preparedQuery(SELECT + """
                WHERE user_id = $1 AND role = $2 AND coalesce(unit_code, '') = $3 AND coalesce(agency_id, 0) = $4
                  AND coalesce(province_code, '') = $5
                """)
                .execute(Tuple.of(
                        userId,
                        role.name(),
                        unitCode == null ? "" : unitCode,
                        agencyId == null ? 0L : agencyId,
                        provinceCode == null ? "" : provinceCode))
                .map(rows -> rows.size() == 0 ? null : grant(rows.iterator().next()));
    }

    public Uni<Boolean> anyAdmin(SqlClient client) {
        return client.preparedQuery("SELECT EXISTS (SELECT 1 FROM role_grant WHERE role = 'ADMIN')")
                .execute()
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    public Uni<Void> insert(SqlClient client, RoleGrant grant) {
        return client.preparedQuery("""
                INSERT INTO role_grant (id, user_id, role, unit_code, agency_id, province_code, granted_at, granted_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """)
                .execute(Tuple.tuple()
                        .addUUID(grant.id())
                        .addUUID(grant.userId())
                        .addString(grant.role().name())
                        .addString(grant.unitCode())
                        .addLong(grant.agencyId())
                        .addString(grant.provinceCode())
                        .addOffsetDateTime(grant.grantedAt())
                        .addUUID(grant.grantedBy()))
                .replaceWithVoid();
    }

    public Uni<Void> delete(SqlClient client, UUID id) {
        return client.preparedQuery("DELETE FROM role_grant WHERE id = $1")
                .execute(Tuple.of(id))
                .replaceWithVoid();
    }

    private static RoleGrant grant(Row row) {
        return new RoleGrant(
                row.getUUID("id"),
                row.getUUID("user_id"),
                Role.valueOf(row.getString("role")),
                row.getString("unit_code"),
                row.getLong("agency_id"),
                row.getString("province_code"),
                row.getOffsetDateTime("granted_at"),
                row.getUUID("granted_by"));
    }
}
