package dev.runstrength.contracts.events;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The contract's defaults for absent fields: a missing list or map is an empty one. */
final class Defaults {

    private Defaults() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A missing map is an empty map; keys keep their enum order, so the map always writes the same JSON. */
    static <K extends Enum<K>, V> Map<K, V> orEmpty(Map<K, V> map, Class<K> keyType) {
        EnumMap<K, V> ordered = new EnumMap<>(keyType);
        if (map != null) {
            ordered.putAll(map);
        }
        return Collections.unmodifiableMap(ordered);
    }

    static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
