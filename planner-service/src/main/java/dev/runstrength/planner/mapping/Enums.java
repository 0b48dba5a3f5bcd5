package dev.runstrength.planner.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The wire and the domain spell their enumerations the same: values carry over by name. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E byName(Enum<?> value, Class<E> type) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    static <E extends Enum<E>> Set<E> setByName(Collection<? extends Enum<?>> values, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        values.forEach(value -> out.add(byName(value, type)));
        return out;
    }

    static <E extends Enum<E>> List<E> listByName(Collection<? extends Enum<?>> values, Class<E> type) {
        List<E> out = new ArrayList<>(values.size());
        values.forEach(value -> out.add(byName(value, type)));
        return out;
    }
}
