package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import dev.runstrength.dose.LevelDose;

/**
 * DOMAIN rule 4. No exercise above the runner's level, and the week-1 strength dose by level from the
 * shared dose model ({@link LevelDose}): BEGINNER 2 sets at the bottom of the range, no load;
 * INTERMEDIATE 3 sets mid-range (rounded down); ADVANCED 3 sets at the top, with the catalogue load
 * when the exercise is loadable. A hold's reference sits mid-range: BEGINNER 2/3 of it, INTERMEDIATE
 * as is, ADVANCED 4/3 of it, rounded to 5 s.
 */
public final class LevelRule {

    public static final String CODE = "LEVEL_DOSE";

    private LevelRule() {
    }

    public static boolean allows(CatalogExercise exercise, Level level) {
        return level.atLeast(exercise.minLevel());
    }

    public static int sets(Level level) {
        return LevelDose.sets(level.toDose());
    }

    /** The week-1 strength dose for this level. */
    public static Dose dose(CatalogExercise exercise, Level level) {
        return LevelDose.of(exercise.reference(), level.toDose());
    }

    /** The level dose's load: the catalogue load for ADVANCED on a loadable exercise, else none. */
    public static Double loadKg(CatalogExercise exercise, Level level) {
        return LevelDose.load(exercise.reference(), level.toDose());
    }

    static String message(Level level) {
        return switch (level) {
            case BEGINNER -> "As a beginner you get 2 sets at the bottom of each exercise's rep range, "
                    + "no added load, and only beginner exercises.";
            case INTERMEDIATE -> "As an intermediate you get 3 sets in the middle of each rep range, "
                    + "and no advanced exercises.";
            case ADVANCED -> "As an advanced lifter you get 3 sets at the top of each rep range, "
                    + "with added load where an exercise takes it, and power work where it is allowed.";
        };
    }
}
