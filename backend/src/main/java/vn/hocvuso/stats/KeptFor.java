package vn.hocvuso.stats;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Values worked out from what the statistics' caches hold (the organisation directory, the denominators,
 * a past part of the pace window), kept while the answers read those same objects. The caches promise
 * that an object they hold does not change: they read a new one after a change or their expiry, and what
 * was worked out from the old one is dropped then. So the basis is compared by identity, and a value is
 * worked out once for every answer that reads it, not once for each (at a million learners placing
 * every organisation and pace sum for each target was most of the targets' overview).
 */
final class KeptFor {

    private record Kept(Object[] basis, ConcurrentMap<Object, Object> values) {

        boolean of(Object[] others) {
            if (others.length != basis.length) {
                return false;
            }
            for (int i = 0; i < basis.length; i++) {
                if (others[i] != basis[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private volatile Kept kept = new Kept(new Object[0], new ConcurrentHashMap<>());

    /**
     * The value of {@code key} worked out from {@code basis}: kept, or worked out now. {@code work} may ask
     * this for other values (no lock is held while it works; two answers may both work out the first one).
     */
    @SuppressWarnings("unchecked")
    <V> V of(List<?> key, Supplier<V> work, Object... basis) {
        Kept current = kept;
        if (!current.of(basis)) {
            current = new Kept(basis.clone(), new ConcurrentHashMap<>());
            kept = current;
        }
        Object value = current.values().get(key);
        if (value == null) {
            value = work.get();
            Object earlier = current.values().putIfAbsent(key, value);
            if (earlier != null) {
                value = earlier;
            }
        }
        return (V) value;
    }
}
