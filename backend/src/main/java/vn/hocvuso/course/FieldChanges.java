package vn.hocvuso.course;

import java.util.ArrayList;
import java.util.List;

/** The names of the fields a partial update really changed, for the audit record. */
final class FieldChanges {

    private final List<String> names = new ArrayList<>();

    /** The new value if one was given, else the current one; notes the field when it differs. */
    <T> T set(String field, T current, T given) {
        if (given == null || given.equals(current)) {
            return current;
        }
        names.add(field);
        return given;
    }

    <T> T clear(String field, T current) {
        if (current != null) {
            names.add(field);
        }
        return null;
    }

    boolean has(String field) {
        return names.contains(field);
    }

    boolean none() {
        return names.isEmpty();
    }

    List<String> names() {
        return List.copyOf(names);
    }
}
