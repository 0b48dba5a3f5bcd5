package dev.runstrength.planner.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DOMAIN rule 3: only exercises doable with the runner's equipment; body weight and floor always. The
 * rationale names only the equipment some exercise of the plan uses.
 */
public final class EquipmentFilter implements PlanRule {

    public static final String CODE = "EQUIPMENT";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public boolean allows(CatalogueExercise e, Placement where, PlanningContext ctx) {
        return allows(e, ctx.profile().equipment());
    }

    public static boolean allows(CatalogueExercise exercise, Set<Equipment> owned) {
        return owned.containsAll(exercise.equipment());
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        if (!plan.hasSessions()) {
            return;
        }
        Set<Equipment> used = EnumSet.noneOf(Equipment.class);
        plan.prescribedExercises().forEach(e -> used.addAll(e.equipment()));
        Set<Equipment> owned = plan.ctx().profile().equipment();
        String s;
        if (used.isEmpty()) {
            s = "Every exercise needs no more than body weight and a floor.";
        } else {
            s = "Every exercise needs no more than body weight, a floor and your " + words(used) + ".";
        }
        if (!owned.isEmpty() && !used.containsAll(owned)) {
            s += " Not everything you own is needed this time.";
        }
        log.add(CODE, s);
    }

    static String words(Set<Equipment> equipment) {
        List<String> names = equipment.stream().sorted().map(e -> e.name().toLowerCase().replace('_', ' ')).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
