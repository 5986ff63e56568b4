package vn.hocvuso.stats;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.hocvuso.common.ApiException;

/**
 * Which course the figures count. By default what plan 368 counts: each learner's enrolment, lessons,
 * pass and certificate in their group's certifying course ({@code learning_path}), so that a public
 * servant is certified by the public servants' course and a citizen by the citizens'; or, when a request
 * names one ({@code courseId=}), that course for every group.
 *
 * <p>The paths change rarely and every response reads them: kept briefly (the {@code stats-paths} cache,
 * application.properties), forgotten at once on this replica when an administrator changes a path
 * ({@link #pathsChanged()}), on the others after the cache's expiry. A past day's facts are cached per
 * selection ({@link DailyFacts}), so a changed path never reads a day cached for the old one.
 */
@ApplicationScoped
public class StatsCourses {

    static final String PATHS_CACHE = "stats-paths";

    /** Registrations belong to no course: a registration counts whatever the selection. */
    static final UUID NO_COURSE = new UUID(0, 0);

    /** What a response counts: one course for every group ({@code course}), or each group's certifying one. */
    public record Selection(UUID course, Map<String, UUID> certifying) {

        static Selection of(UUID course) {
            return new Selection(course, Map.of());
        }

        /** The course whose figures count for a learner of {@code group}; null for a group with no path. */
        public UUID courseOf(String group) {
            return course != null ? course : certifying.get(group);
        }

        /** Whether a rollup row of {@code group} in {@code courseId} is counted. */
        boolean counts(String group, UUID courseId) {
            return courseId.equals(courseOf(group));
        }

        /** The courses whose rows are read, for a statement's {@code course_id = ANY ($n)}. */
        UUID[] courses() {
            if (course != null) {
                return new UUID[] {course};
            }
            Set<UUID> out = new LinkedHashSet<>(certifying.values());
            return out.toArray(UUID[]::new);
        }
    }

    private final Cache paths;

    public StatsCourses(@CacheName(PATHS_CACHE) Cache paths) {
        this.paths = paths;
    }

    /**
     * The selection for {@code courseId} (null: the paths), read on {@code db} (the caller's snapshot) when
     * the paths are not cached. A named course is taken as it is: {@link #requireKnown} checks it in the
     * same snapshot, side by side with the reads.
     */
    public Uni<Selection> select(SqlClient db, UUID courseId) {
        if (courseId != null) {
            return Uni.createFrom().item(Selection.of(courseId));
        }
        return paths.getAsync(
                paths.getDefaultKey(),
                key -> db.preparedQuery("SELECT learner_group, certifying_course_id FROM learning_path")
                        .execute()
                        .map(rows -> {
                            Map<String, UUID> certifying = new HashMap<>();
                            rows.forEach(r -> certifying.put(r.getString(0), r.getUUID(1)));
                            return new Selection(null, Map.copyOf(certifying));
                        }));
    }

    /** 404 {@code course_not_found} for a named course that does not exist; nothing for the paths. */
    public Uni<Void> requireKnown(SqlClient db, UUID courseId) {
        if (courseId == null) {
            return Uni.createFrom().voidItem();
        }
        return db.preparedQuery("SELECT 1 FROM course WHERE id = $1")
                .execute(Tuple.of(courseId))
                .invoke(rows -> {
                    if (rows.size() == 0) {
                        throw ApiException.notFound("course_not_found");
                    }
                })
                .replaceWithVoid();
    }

    /** Forgets the paths read, after this replica changed one (the others: after the cache's expiry). */
    public Uni<Void> pathsChanged() {
        return paths.invalidateAll();
    }
}
