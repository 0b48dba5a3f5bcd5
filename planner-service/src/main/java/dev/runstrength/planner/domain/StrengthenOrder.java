package dev.runstrength.planner.domain;

import java.util.Comparator;

/**
 * DOMAIN rule 7 (seed 004 sample session): explosive and plyometric work first while the legs are
 * fresh, then the big multi-joint lifts (SQUAT, LUNGE, HINGE), then BALANCE, then calf and foot work
 * (CALF_FOOT), then CORE and ROTATION, and glute bridge or other HIP work last.
 * BALANCE sits right after the big lifts: single-leg balance needs a fresh nervous system more than
 * the calf and core work does, but it is not power work, and seed 000 pairs it with the whole-leg work.
 * Ties go by exercise id.
 */
public final class StrengthenOrder {

    public static final String CODE = "ORDER";

    private StrengthenOrder() {
    }

    public static int rank(CatalogExercise exercise) {
        if (exercise.pattern() == Pattern.PLYOMETRIC || exercise.mainPurpose().isPower()
                || exercise.hasPurpose(Purpose.PLYOMETRIC)) {
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

    public static final Comparator<CatalogExercise> ORDER =
            Comparator.comparingInt(StrengthenOrder::rank).thenComparing(CatalogExercise::id);

    static String message() {
        return "Inside STRENGTHEN: jumps and power first, then squat, lunge and deadlift patterns, then balance, "
                + "then calf and foot work, then core and rotation, with glute bridge and other hip work last.";
    }
}
