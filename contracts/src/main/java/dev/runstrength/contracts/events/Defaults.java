package dev.runstrength.contracts.events;

import java.util.List;

/** The contract's defaults for absent fields: a missing list is an empty list. */
final class Defaults {

    private Defaults() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
