package vn.hocvuso.unit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.hocvuso.common.PageRequest;

@ApplicationScoped
@WithSession
public class AgencyRepository implements PanacheRepositoryBase<Agency, Long> {

    private static final String MATCH = """
            FROM agency
            WHERE CAST(:q AS text) IS NULL OR search_key LIKE '%' || vn_fold(CAST(:q AS text)) || '%'
            """;

    public Uni<List<Agency>> search(String q, PageRequest page) {
        return getSession().chain(session -> session
                .createNativeQuery("SELECT id, name " + MATCH + " ORDER BY name COLLATE vietnamese, id", Agency.class)
                .setParameter("q", q)
                .setFirstResult(page.offset())
                .setMaxResults(page.size)
                .getResultList());
    }

    public Uni<Long> countMatching(String q) {
        return getSession().chain(session -> session
                .createNativeQuery("SELECT count(*) " + MATCH, Long.class)
                .setParameter("q", q)
                .getSingleResult());
    }
}
