package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Rows;
import vn.hocvuso.identity.IdentityViews.OrganisationRef;
import vn.hocvuso.identity.IdentityViews.UnitRef;
import vn.hocvuso.identity.IdentityViews.VillageRef;
import vn.hocvuso.unit.LearnerGroup;

/** The named queries of accounts ({@code app_user}), each read with the unit and agency a profile shows. */
@ApplicationScoped
public class Users {

    private static final String SELECT = """
            SELECT u.id, u.full_name, u.phone, u.email, u.password_hash, u.learner_group, u.created_at,
                   u.phone_unverified, u.large_text, un.code AS unit_code, un.name AS unit_name, un.type AS unit_type,
                   a.id AS agency_id, a.name AS agency_name, a.kind AS agency_kind, u.class_name,
                   v.id AS village_id, v.name AS village_name
            FROM app_user u JOIN unit un ON un.code = u.unit_code LEFT JOIN agency a ON a.id = u.agency_id
            LEFT JOIN village v ON v.id = u.village_id
            """;

    private static final String SEARCH = """
            FROM app_user u
            WHERE ($1::text IS NULL OR u.search_key LIKE '%' || vn_fold($1::text) || '%')
              AND ($2::text IS NULL
                   OR $2::text = 'LEARNER'
                   OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = $2::text))
              AND ($3::text[] IS NULL OR u.unit_code = ANY($3::text[]))
            """;

    /** A new account (registration, or an account the installation starts with). */
    public record NewUser(
            UUID id,
            String fullName,
            String phone,
            String email,
            String passwordHash,
            LearnerGroup learnerGroup,
            String unitCode,
            Long agencyId,
            Long villageId,
            String className,
            boolean phoneUnverified) {}

    /** The account, or null. */
    public Uni<User> find(SqlClient client, UUID id) {
        return first(client.preparedQuery(SELECT + " WHERE u.id = $1").execute(Tuple.of(id)));
    }

    /** The account, or null; its row stays locked until the transaction ends. */
    public Uni<User> findForUpdate(SqlClient client, UUID id) {
        return first(client.preparedQuery(SELECT + " WHERE u.id = $1 FOR UPDATE OF u")
                .execute(Tuple.of(id)));
    }

    /** The account with that E.164 phone or lower-cased e-mail (a normalised login), or null. */
    public Uni<User> findByLogin(SqlClient client, String key) {
        String column = key.contains("@") ? "email" : "phone";
        return first(
                client.preparedQuery(SELECT + " WHERE u." + column + " = $1").execute(Tuple.of(key)));
    }

    public Uni<Boolean> phoneTaken(SqlClient client, String phone) {
        return client.preparedQuery("SELECT EXISTS (SELECT 1 FROM app_user WHERE phone = $1)")
                .execute(Tuple.of(phone))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    public Uni<Boolean> emailTaken(SqlClient client, String email) {
        return client.preparedQuery("SELECT EXISTS (SELECT 1 FROM app_user WHERE email = $1)")
                .execute(Tuple.of(email))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** Matching accounts of {@code units} (null: of every unit), newest first. */
    public Uni<List<User>> search(SqlClient client, String q, String role, Set<String> units, PageRequest page) {
        return client.preparedQuery(
                        SELECT + " WHERE u.id IN (SELECT u.id " + SEARCH
                                + " ORDER BY u.created_at DESC, u.id DESC LIMIT $4 OFFSET $5) ORDER BY u.created_at DESC, u.id DESC")
                .execute(Tuple.of(q, role, array(units), page.size, page.offset()))
                .map(rows -> Rows.list(rows, Users::user));
    }

    public Uni<Long> countMatching(SqlClient client, String q, String role, Set<String> units) {
        return client.preparedQuery("SELECT count(*) " + SEARCH)
                .execute(Tuple.of(q, role, array(units)))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static String[] array(Set<String> units) {
        return units == null ? null : units.toArray(String[]::new);
    }

    public Uni<Void> insert(SqlClient client, NewUser user) {
        return client.preparedQuery("""
                INSERT INTO app_user (id, full_name, phone, email, password_hash, learner_group, unit_code, agency_id,
                                      village_id, class_name, phone_unverified)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                """)
                .execute(Tuple.tuple()
                        .addUUID(user.id())
                        .addString(user.fullName())
                        .addString(user.phone())
                        .addString(user.email())
                        .addString(user.passwordHash())
                        .addString(user.learnerGroup().name())
                        .addString(user.unitCode())
                        .addLong(user.agencyId())
                        .addLong(user.villageId())
                        .addString(user.className())
                        .addBoolean(user.phoneUnverified()))
                .replaceWithVoid();
    }

    private static Uni<User> first(Uni<RowSet<Row>> rows) {
        return rows.map(
                found -> found.size() == 0 ? null : user(found.iterator().next()));
    }

    private static User user(Row row) {
        Long agencyId = row.getLong("agency_id");
        Long villageId = row.getLong("village_id");
        return new User(
                row.getUUID("id"),
                row.getString("full_name"),
                row.getString("phone"),
                row.getString("email"),
                row.getString("password_hash"),
                LearnerGroup.valueOf(row.getString("learner_group")),
                new UnitRef(row.getString("unit_code"), row.getString("unit_name"), row.getString("unit_type")),
                agencyId == null
                        ? null
                        : new OrganisationRef(agencyId, row.getString("agency_name"), row.getString("agency_kind")),
                villageId == null ? null : new VillageRef(villageId, row.getString("village_name")),
                row.getString("class_name"),
                row.getOffsetDateTime("created_at"),
                row.getBoolean("phone_unverified"),
                row.getBoolean("large_text"));
    }
}
