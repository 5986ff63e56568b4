package vn.hocvuso.organisation;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.hocvuso.security.ProvincePlaces;
import vn.hocvuso.security.Subtrees;

/**
 * The organisation tree in memory: for each organisation, those directly below it (its children and
 * those merged into it; a merged organisation stays below its parent too, so its past stays in both
 * subtrees). A few thousand pairs of ids, read whole at start, after every change this replica
 * makes, and every {@code hocvuso.organisations.tree-refresh} (changes made on other replicas), so that
 * {@code security.Caller#reach} widens an agency manager's reach to the subtree without a lookup per
 * request. Kept here rather than in a quarkus-cache: the reach is computed synchronously from the token,
 * and a cache would need an asynchronous load on a miss. If a reading fails, the previous tree stays;
 * before the first one, an agency reaches only itself (never more than granted).
 *
 * <p>With the tree, each province's units and organisations ({@link ProvincePlaces}): a province administrator's
 * reach, read the same way and as often (a few thousand codes and ids).
 */
@ApplicationScoped
public class OrganisationTree implements Subtrees, ProvincePlaces {

    private static final Logger LOG = Logger.getLogger(OrganisationTree.class);

    private final Pool pool;
    private volatile Map<Long, List<Long>> below = Map.of();
    private volatile Places places = new Places(Map.of(), Map.of());

    /** Each province's unit codes and organisation ids. */
    private record Places(Map<String, Set<String>> units, Map<String, Set<Long>> organisations) {}

    public OrganisationTree(Pool pool, OrganisationsConfig config) {
        this.pool = pool;
        LOG.debugf("The organisation tree is read again every %s", config.treeRefresh());
    }

    void onStart(@Observes StartupEvent event) {
        try {
            reload().await().atMost(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            LOG.warnf("Reading the organisation tree at start failed (next try in the next round): %s", e.toString());
        }
    }

    @Scheduled(
            identity = "organisation-tree",
            every = "${hocvuso.organisations.tree-refresh}",
            delayed = "${hocvuso.organisations.tree-refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return reload().onFailure()
                .invoke(e -> LOG.warnf("Reading the organisation tree failed (next try in the next round): %s", e))
                .onFailure()
                .recoverWithNull();
    }

    /** Reads the tree (and the provinces' places) again (after a change on this replica, and on schedule). */
    public Uni<Void> reload() {
        return pool.query("SELECT id, parent_id, merged_into_id, province_code FROM agency")
                .execute()
                .invoke(rows -> {
                    Map<Long, List<Long>> next = new HashMap<>();
                    Map<String, Set<Long>> organisations = new HashMap<>();
                    rows.forEach(r -> {
                        Long id = r.getLong(0);
                        organisations
                                .computeIfAbsent(r.getString(3), k -> new HashSet<>())
                                .add(id);
                        for (Long up : new Long[] {r.getLong(1), r.getLong(2)}) {
                            if (up != null) {
                                next.computeIfAbsent(up, k -> new ArrayList<>()).add(id);
                            }
                        }
                    });
                    next.replaceAll((k, v) -> List.copyOf(v));
                    below = Map.copyOf(next);
                    organisations.replaceAll((k, v) -> Set.copyOf(v));
                    places = new Places(places.units(), Map.copyOf(organisations));
                })
                .chain(() -> pool.query("SELECT code, province_code FROM unit").execute())
                .invoke(rows -> {
                    Map<String, Set<String>> units = new HashMap<>();
                    rows.forEach(r -> units.computeIfAbsent(r.getString(1), k -> new HashSet<>())
                            .add(r.getString(0)));
                    units.replaceAll((k, v) -> Set.copyOf(v));
                    places = new Places(Map.copyOf(units), places.organisations());
                })
                .replaceWithVoid();
    }

    @Override
    public Set<String> unitsOf(Set<String> provinces) {
        return union(places.units(), provinces);
    }

    @Override
    public Set<Long> organisationsOf(Set<String> provinces) {
        return union(places.organisations(), provinces);
    }

    @Override
    public Set<String> provincesOf(Set<String> units, Set<Long> organisations) {
        Set<String> out = new HashSet<>();
        places.units().forEach((province, its) -> {
            if (units.stream().anyMatch(its::contains)) {
                out.add(province);
            }
        });
        places.organisations().forEach((province, its) -> {
            if (organisations.stream().anyMatch(its::contains)) {
                out.add(province);
            }
        });
        return out;
    }

    private static <T> Set<T> union(Map<String, Set<T>> byProvince, Set<String> provinces) {
        Set<T> out = new HashSet<>();
        provinces.forEach(p -> out.addAll(byProvince.getOrDefault(p, Set.of())));
        return out;
    }

    @Override
    public Set<Long> withDescendants(Set<Long> roots) {
        if (roots.isEmpty()) {
            return Set.of();
        }
        Map<Long, List<Long>> tree = below;
        Set<Long> out = new LinkedHashSet<>(roots);
        Deque<Long> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            for (Long child : tree.getOrDefault(todo.pop(), List.of())) {
                if (out.add(child)) {
                    todo.push(child);
                }
            }
        }
        return out;
    }
}
