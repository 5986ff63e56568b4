package vn.hocvuso.organisation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Texts;
import vn.hocvuso.organisation.OrganisationViews.OrganisationDetail;
import vn.hocvuso.organisation.OrganisationViews.OrganisationSummary;
import vn.hocvuso.organisation.Organisations.Filter;
import vn.hocvuso.organisation.Organisations.Sort;
import vn.hocvuso.security.Reach;

/**
 * Lists of organisations: the open ones anyone may search (the registration form), and every one an
 * administrator browses. Search ignores case and diacritics ({@code search_key}); names sort in
 * Vietnamese collation.
 */
@ApplicationScoped
public class OrganisationDirectory {

    /** What a list filters by, as the query parameters give it (already checked for their shape). */
    public record Query(
            String q,
            String kind,
            String level,
            String unitCode,
            Long parentId,
            String province,
            boolean rootsOnly,
            String status) {}

    private final Pool pool;
    private final Organisations organisations;

    public OrganisationDirectory(Pool pool, Organisations organisations) {
        this.pool = pool;
        this.organisations = organisations;
    }

    /** Open organisations, by name: what a learner may choose. */
    public Uni<Page<OrganisationSummary>> searchOpen(Query query, PageRequest page) {
        return list(
                        new Query(
                                query.q(),
                                query.kind(),
                                query.level(),
                                query.unitCode(),
                                query.parentId(),
                                query.province(),
                                false,
                                "OPEN"),
                        Sort.NAME,
                        page,
                        Reach.ALL)
                .map(p -> p.map(OrganisationDetail::summary));
    }

    /** One open organisation; a closed or unknown one is 404. */
    public Uni<OrganisationSummary> getOpen(long id) {
        return organisations.find(pool, id, false).map(o -> {
            if (o == null || o.closed()) {
                throw ApiException.notFound("organisation_not_found");
            }
            return o.summary();
        });
    }

    /**
     * Every organisation matching, open and closed, for administrators: of those {@code reach} covers (a province
     * administrator's province's).
     */
    public Uni<Page<OrganisationDetail>> list(Query query, Sort sort, PageRequest page, Reach reach) {
        Filter filter = new Filter(
                Texts.escapeLike(Texts.cleanOrNull(query.q())),
                query.kind(),
                query.level(),
                Texts.cleanOrNull(query.unitCode()),
                query.parentId(),
                query.rootsOnly(),
                query.status() == null ? "ALL" : query.status(),
                Texts.cleanOrNull(query.province()),
                reach.everything() ? null : reach.agencies());
        return organisations
                .count(pool, filter)
                .chain(total -> total == 0
                        ? Uni.createFrom().item(Page.<OrganisationDetail>of(List.of(), page, 0))
                        : organisations.search(pool, filter, sort, page).map(items -> Page.of(items, page, total)));
    }
}
