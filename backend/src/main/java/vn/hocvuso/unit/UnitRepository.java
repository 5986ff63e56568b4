package vn.hocvuso.unit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.hocvuso.common.PageRequest;

@ApplicationScoped
@WithSession
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {

    // Folding and collation happen in the database (vn_fold, COLLATE vietnamese: see V1__schema.sql),
    // so search and order are the same for every client and every replica.
    private static final String MATCH = """
            FROM unit
            WHERE (CAST(:q AS text) IS NULL OR search_key LIKE '%' || vn_fold(CAST(:q AS text)) || '%')
              AND (CAST(:type AS text) IS NULL OR type = CAST(:type AS text))
            """;

    public Uni<List<Unit>> search(String q, String type, PageRequest page) {
        return getSession().chain(session -> session
                .createNativeQuery("SELECT code, name, type, population, area_km2, former_names, arrangement " + MATCH + " ORDER BY name COLLATE vietnamese, code", Unit.class)
                .setParameter("q", q)
                .setParameter("type", type)
                .setFirstResult(page.offset())
                .setMaxResults(page.size)
                .getResultList());
    }

    public Uni<Long> countMatching(String q, String type) {
        return getSession().chain(session -> session
                .createNativeQuery("SELECT count(*) " + MATCH, Long.class)
                .setParameter("q", q)
                .setParameter("type", type)
                .getSingleResult());
    }
}
