package vn.hocvuso.village;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.hocvuso.common.Violations;
import vn.hocvuso.unit.LearnerGroup;

/**
 * A learner's place per group, as a registration or a profile change names it, checked against the database: the
 * village must be an open village of the learner's unit; the organisation must exist, be open and be of the kind
 * the group belongs to (a public servant an agency or a school, a student a school, a worker an enterprise; a
 * citizen none, which the request's own constraints say). Each wrong one is a violation of its field, added to
 * the caller's, so one answer names every wrong field. The database says the same (V95, {@code app_user_place}),
 * for rosters and imports that write learners too.
 */
@ApplicationScoped
public class LearnerPlaces {

    /** What a request names; {@code organisationField}: the field the client used ({@code organisationId} or {@code agencyId}). */
    public record Choice(
            LearnerGroup group, String unitCode, Long villageId, Long organisationId, String organisationField) {}

    /** Adds the violations of the choice to {@code v}; a field already wrong in {@code v} is not looked up. */
    public Uni<Void> check(SqlClient client, Choice choice, Violations v) {
        return village(client, choice, v).chain(() -> organisation(client, choice, v));
    }

    private Uni<Void> village(SqlClient client, Choice choice, Violations v) {
        if (choice.villageId() == null || v.has("villageId")) {
            return Uni.createFrom().voidItem();
        }
        return client.preparedQuery("SELECT unit_code, closed_on FROM village WHERE id = $1")
                .execute(Tuple.of(choice.villageId()))
                .invoke(rows -> {
                    if (rows.size() == 0) {
                        v.add("villageId", "village_not_found", choice.villageId());
                        return;
                    }
                    Row row = rows.iterator().next();
                    if (!row.getString("unit_code").equals(choice.unitCode())) {
                        v.add("villageId", "village_not_in_unit");
                    } else if (row.getLocalDate("closed_on") != null) {
                        v.add("villageId", "village_closed");
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> organisation(SqlClient client, Choice choice, Violations v) {
        String field = choice.organisationField();
        if (choice.organisationId() == null || v.has(field) || choice.group() == null) {
            return Uni.createFrom().voidItem();
        }
        return client.preparedQuery("SELECT kind, closed_on FROM agency WHERE id = $1")
                .execute(Tuple.of(choice.organisationId()))
                .invoke(rows -> {
                    if (rows.size() == 0) {
                        v.add(field, "agency_not_found", choice.organisationId());
                        return;
                    }
                    Row row = rows.iterator().next();
                    String wrongKind = wrongKind(choice.group(), row.getString("kind"));
                    if (wrongKind != null) {
                        v.add(field, wrongKind);
                    } else if (row.getLocalDate("closed_on") != null) {
                        v.add(field, "organisation_closed");
                    }
                })
                .replaceWithVoid();
    }

    /** The violation's code when an organisation of {@code kind} does not fit {@code group}, else null. */
    static String wrongKind(LearnerGroup group, String kind) {
        return switch (group) {
            case CBCCVC -> "AGENCY".equals(kind) || "SCHOOL".equals(kind) ? null : "organisation_not_agency";
            case STUDENT -> "SCHOOL".equals(kind) ? null : "organisation_not_school";
            case WORKER -> "ENTERPRISE".equals(kind) ? null : "organisation_not_enterprise";
            case CITIZEN -> "organisation_not_for_citizens";
        };
    }
}
