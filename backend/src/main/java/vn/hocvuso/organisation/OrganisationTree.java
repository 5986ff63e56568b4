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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
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
 */
@ApplicationScoped
public class OrganisationTree implements Subtrees {

    private static final Logger LOG = Logger.getLogger(OrganisationTree.class);

    private final Pool pool;
    private volatile Map<Long, List<Long>> below = Map.of();

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

    /** Reads the tree again (after a change on this replica, and on schedule). */
    public Uni<Void> reload() {
        return pool.query("SELECT id, parent_id, merged_into_id FROM agency")
                .execute()
                .invoke(rows -> {
                    Map<Long, List<Long>> next = new HashMap<>();
                    rows.forEach(r -> {
                        Long id = r.getLong(0);
                        for (Long up : new Long[] {r.getLong(1), r.getLong(2)}) {
                            if (up != null) {
                                next.computeIfAbsent(up, k -> new ArrayList<>()).add(id);
                            }
                        }
                    });
                    next.replaceAll((k, v) -> List.copyOf(v));
                    below = Map.copyOf(next);
                })
                .replaceWithVoid();
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
