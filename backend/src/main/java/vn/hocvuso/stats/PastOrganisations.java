package vn.hocvuso.stats;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import vn.hocvuso.stats.StatsData.AgencyInfo;

/**
 * The organisation directory as it stood at the end of a past day (V138's {@code agency_past}): each
 * organisation as before its first change after that day, or as it is now when nothing changed since; one
 * entered after that day is left out. So a past day's answers show the names, the tree and the closings of
 * that day, and no organisation that did not exist yet (what the figures as of that day show: issue 14).
 *
 * <p>A past day's directory never changes (a change is dated by the day it is made), but a transaction that
 * began before midnight may still commit a change dated the day before. It is kept per day together with the
 * current directory it was read beside ({@link StatsData}'s cache of it, which this replica empties at once
 * when it changes an organisation and the others after its expiry): read again as soon as that is, so a past
 * day's directory is never older than today's, and no organisation's service needs to know this cache.
 */
@ApplicationScoped
public class PastOrganisations {

    /**
     * Past days' directories, a row per organisation each (schools and enterprises included), in a cache of their
     * own: many days asked for (the public dashboard's asOf needs no login) never push out today's directory.
     */
    static final String CACHE = "stats-past-agencies";

    /** A past day's directory, and the current one it was read beside (compared by identity). */
    private record Held(List<AgencyInfo> current, List<AgencyInfo> directory) {}

    private final CaffeineCache cache;

    public PastOrganisations(@CacheName(CACHE) Cache cache) {
        this.cache = cache.as(CaffeineCache.class);
    }

    /** The directory at the end of {@code day}, kept while {@code current} is the current one, or read on {@code db}. */
    Uni<List<AgencyInfo>> at(SqlClient db, LocalDate day, List<AgencyInfo> current) {
        CompletableFuture<Held> held = cache.getIfPresent(day);
        if (held != null && held.isDone() && !held.isCompletedExceptionally()) {
            Held h = held.join();
            if (h.current() == current) {
                return Uni.createFrom().item(h.directory());
            }
        }
        return read(db, day)
                .invoke(directory -> cache.put(day, CompletableFuture.completedFuture(new Held(current, directory))));
    }

    /**
     * The organisations unchanged since {@code day} as they are, and the others as their first change after it
     * found them, but those whose first change after it was their creation; in the current directory's order.
     */
    private static Uni<List<AgencyInfo>> read(SqlClient db, LocalDate day) {
        return db.preparedQuery("""
                SELECT id, name, kind, school_level, unit_code, parent_id, closed_on, merged_into_id, province_code
                FROM (
                    SELECT a.id, a.name, a.kind, a.school_level, a.unit_code, a.parent_id, a.closed_on, a.merged_into_id,
                           a.province_code
                    FROM agency a
                    WHERE NOT EXISTS (SELECT 1 FROM agency_past p WHERE p.agency_id = a.id AND p.changed_on > $1)
                    UNION ALL
                    -- an organisation's province never changes (V141): its current one
                    SELECT agency_id, name, kind, school_level, unit_code, parent_id, closed_on, merged_into_id,
                           (SELECT province_code FROM agency WHERE id = agency_id)
                    FROM (SELECT DISTINCT ON (agency_id) * FROM agency_past WHERE changed_on > $1
                          ORDER BY agency_id, changed_on, seq) AS first_after
                    WHERE existed) AS d
                ORDER BY name COLLATE vietnamese, id""").execute(Tuple.of(day)).map(StatsData::agencies);
    }
}
