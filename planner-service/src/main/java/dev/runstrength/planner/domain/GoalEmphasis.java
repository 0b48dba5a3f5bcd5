package dev.runstrength.planner.domain;

import java.util.List;

/**
 * The runner's goal picks which extra exercises fill a session once the required ones are in:
 * SPEED favours power and swiftness (seed 004 theory), ENDURANCE strength endurance, INJURY_RESILIENCE
 * and TRAIL balance and strength (seed 000's single-leg emphasis), GENERAL_FITNESS plain strength.
 */
public final class GoalEmphasis implements PlanRule {

    public static final String CODE = "GOAL";
    /** The weight of a goal-favoured purpose among extras. */
    static final int FAVOURED = 30;

    @Override
    public String code() {
        return CODE;
    }

    public static List<Purpose> favoured(Goal goal) {
        return switch (goal) {
            case SPEED -> List.of(Purpose.EXPLOSIVE, Purpose.PLYOMETRIC, Purpose.SWIFTNESS);
            case ENDURANCE -> List.of(Purpose.STRENGTH_ENDURANCE);
            case INJURY_RESILIENCE -> List.of(Purpose.BALANCE, Purpose.STRENGTH);
            case TRAIL -> List.of(Purpose.BALANCE, Purpose.STRENGTH_ENDURANCE);
            case GENERAL_FITNESS -> List.of(Purpose.STRENGTH);
        };
    }

    static int preference(Goal goal, CatalogueExercise exercise) {
        return favoured(goal).stream().anyMatch(exercise::hasPurpose) ? FAVOURED : 0;
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        if (!plan.hasSessions()) {
            return;
        }
        Goal goal = plan.ctx().profile().goal();
        String what = switch (goal) {
            case SPEED -> "power and swiftness work";
            case ENDURANCE -> "strength-endurance work";
            case INJURY_RESILIENCE -> "balance and strength work";
            case TRAIL -> "balance and strength-endurance work";
            case GENERAL_FITNESS -> "general strength work";
        };
        log.add(CODE, "Your goal (" + goal.name() + ") decides the extra exercises once the required ones are in: "
                + what + ".");
    }
}
