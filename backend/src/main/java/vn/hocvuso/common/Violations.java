package vn.hocvuso.common;

import java.util.ArrayList;
import java.util.List;

/** Collects every wrong field of a request, so that one 400 names them all. */
public final class Violations {

    private final List<FieldViolation> items = new ArrayList<>();

    public Violations add(String field, String code, Object... args) {
        items.add(new FieldViolation(field, code, args));
        return this;
    }

    public boolean has(String field) {
        return items.stream().anyMatch(v -> v.field().equals(field));
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
