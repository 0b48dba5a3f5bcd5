package dev.runstrength.planner.domain;

import java.util.Comparator;

/**
 * DOMAIN rule 7 (seed 004 sample session): explosive and plyometric work first while the legs are
 * fresh, then the big multi-joint lifts (SQUAT, LUNGE, HINGE; the heavy main lift first among them, and
 * then the other compounds, a single-joint hinge such as the Nordic curl after them, and with knee pain the
 * hip-dominant ones first: rule 5), then BALANCE, then calf and foot work (CALF_FOOT),
 * then CORE and ROTATION, and glute bridge or other HIP work last. BALANCE sits right after the big lifts:
 * single-leg balance needs a fresh nervous system more than the calf and core work does. Ties go by id.
 */
public final class StrengthenOrder implements PlanRule {

    public static final String CODE = "ORDER";

    @Override
    public String code() {
        return CODE;
    }

    public static int rank(CatalogueExercise exercise) {
        if (exercise.isPower()) {
            return 0;
        }
        return switch (exercise.pattern()) {
            case SQUAT, LUNGE, HINGE -> 1;
            case BALANCE -> 2;
            case CALF_FOOT -> 3;
            case CORE, ROTATION -> 4;
            case HIP -> 5;
            default -> 4;
        };
    }

    public static final Comparator<CatalogueExercise> ORDER =
            Comparator.comparingInt(StrengthenOrder::rank).thenComparing(CatalogueExercise::id);

    /** The order of a session's STRENGTHEN slots for this runner. */
    static Comparator<Slot> order(PainPicture pain) {
        boolean kneeHurts = pain.atLeast(PainArea.KNEE, PainBand.CAUTION_FROM);
        return Comparator.comparingInt((Slot s) -> rank(s.exercise()))
                .thenComparingInt(s -> s.heavy() ? 0 : 1)
                .thenComparingInt(s -> s.exercise().isCompound() ? 0 : 1)
                .thenComparingInt(s -> kneeHurts && s.exercise().pattern() == Pattern.HINGE ? 0 : 1)
                .thenComparing(Slot::id);
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        if (!plan.hasSessions()) {
            return;
        }
        log.add(CODE, "Inside STRENGTHEN: jumps and power first, then squat, lunge and deadlift patterns (the heavy "
                + "lift first), then balance, then calf and foot work, then core and rotation, with glute bridge "
                + "and other hip work last.");
    }
}
