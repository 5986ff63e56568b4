package vn.hocvuso.identity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.common.PageRequest;

@ApplicationScoped
@WithSession
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    /** The user with the unit and agency a profile shows, fetched in the same query. */
    public Uni<User> findWithRefs(UUID id) {
        return find("FROM User u JOIN FETCH u.unit LEFT JOIN FETCH u.agency WHERE u.id = ?1", id).firstResult();
    }

    public Uni<User> findByPhone(String phone) {
        return find("phone", phone).firstResult();
    }

    public Uni<User> findByEmail(String email) {
        return find("email", email).firstResult();
    }

    public Uni<Boolean> phoneTaken(String phone, UUID except) {
        return count("phone = ?1 AND id <> ?2", phone, except).map(n -> n > 0);
    }

    public Uni<Boolean> emailTaken(String email, UUID except) {
        return count("email = ?1 AND id <> ?2", email, except).map(n -> n > 0);
    }

    private static final String SEARCH = """
            FROM app_user u
            WHERE (CAST(:q AS text) IS NULL OR u.search_key LIKE '%' || vn_fold(CAST(:q AS text)) || '%')
              AND (CAST(:role AS text) IS NULL
                   OR CAST(:role AS text) = 'LEARNER'
                   OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = CAST(:role AS text)))
            """;

    /** Ids of matching users, newest first; the caller then loads them with their references. */
    public Uni<List<UUID>> searchIds(String q, String role, PageRequest page) {
        return getSession().chain(session -> session
                .createNativeQuery("SELECT u.id " + SEARCH + " ORDER BY u.created_at DESC, u.id DESC", UUID.class)
                .setParameter("q", q)
                .setParameter("role", role)
                .setFirstResult(page.offset())
                .setMaxResults(page.size)
                .getResultList());
    }

    public Uni<Long> countMatching(String q, String role) {
        return getSession().chain(session -> session
                .createNativeQuery("SELECT count(*) " + SEARCH, Long.class)
                .setParameter("q", q)
                .setParameter("role", role)
                .getSingleResult());
    }

    public Uni<List<User>> findAllWithRefs(List<UUID> ids) {
        return find("FROM User u JOIN FETCH u.unit LEFT JOIN FETCH u.agency WHERE u.id IN ?1 "
                + "ORDER BY u.createdAt DESC, u.id DESC", ids).list();
    }
}
