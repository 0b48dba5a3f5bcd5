package dev.runstrength.planner.domain;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** DOMAIN rule 3: only exercises doable with the runner's equipment; body weight and floor always. */
public final class EquipmentFilter {

    public static final String CODE = "EQUIPMENT";

    private EquipmentFilter() {
    }

    public static boolean allows(CatalogExercise exercise, Set<Equipment> owned) {
        return owned.containsAll(exercise.equipment());
    }

    static String message(Set<Equipment> owned) {
        if (owned.isEmpty()) {
            return "Used only body-weight exercises that need no more than a floor.";
        }
        String names = new TreeSet<>(owned).stream()
                .map(e -> e.name().toLowerCase().replace('_', ' '))
                .collect(Collectors.joining(", "));
        return "Used only body-weight exercises and your equipment: " + names + ".";
    }
}
