package vn.hocvuso.common;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Collects the wrong fields that a request's constraints cannot see, because only the database or the
 * network knows them (several unknown references at once), so that one 400 names them all.
 */
public final class Violations {

    private final List<FieldViolation> items = new ArrayList<>();

    public Violations add(String field, String code, Object... args) {
        items.add(new FieldViolation(field, code, args));
        return this;
    }

    public boolean has(String field) {
        return items.stream().anyMatch(v -> v.field().equals(field));
    }

    /**
     * A request's constraint violations, for the one service that validates its record itself
     * (registration: its answer adds what the database finds, and a helper hears 403 first).
     */
    public static Violations of(Set<? extends ConstraintViolation<?>> violations) {
        Violations collected = new Violations();
        violations.forEach(v -> collected.items.add(FieldViolation.of(v)));
        return collected;
    }

    /** What was collected, in order. */
    public List<FieldViolation> items() {
        return List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Throws a 400 {@code validation_failed} naming every collected field, if there is any. */
    public void throwIfAny() {
        if (!items.isEmpty()) {
            throw ApiException.validation(items);
        }
    }
}
