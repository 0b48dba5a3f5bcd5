package dev.runstrength.planner.domain;

/**
 * DOMAIN rule 4. No exercise above the runner's level. The catalogue prescription is the reference
 * dose; from its rep range: BEGINNER 2 sets at the bottom, no load; INTERMEDIATE 3 sets at the middle
 * (rounded down); ADVANCED 3 sets at the top, with the prescription's load when the exercise is
 * loadable. A hold is read as the middle of an implied range: BEGINNER 2/3 of it, INTERMEDIATE as is,
 * ADVANCED 4/3 of it, rounded to 5 s.
 */
public final class LevelDose {

    public static final String CODE = "LEVEL_DOSE";

    private LevelDose() {
    }

    public static boolean allows(CatalogExercise exercise, Level level) {
        return level.atLeast(exercise.minLevel());
    }

    public static int sets(Level level) {
        return level == Level.BEGINNER ? 2 : 3;
    }

    public static int reps(CatalogPrescription p, Level level) {
        return switch (level) {
            case BEGINNER -> p.repsMin();
            case INTERMEDIATE -> (p.repsMin() + p.repsMax()) / 2;
            case ADVANCED -> p.repsMax();
        };
    }

    public static int holdSeconds(CatalogPrescription p, Level level) {
        int hold = p.holdSeconds();
        return switch (level) {
            case BEGINNER -> Math.max(10, roundToFive(hold * 2.0 / 3));
            case INTERMEDIATE -> hold;
            case ADVANCED -> roundToFive(hold * 4.0 / 3);
        };
    }

    public static Double loadKg(CatalogExercise exercise, Level level) {
        return level == Level.ADVANCED && exercise.loadable() ? exercise.prescription().loadKg() : null;
    }

    /** The week-1 strength dose for this level. */
    public static Dose dose(CatalogExercise exercise, Level level) {
        CatalogPrescription p = exercise.prescription();
        return p.isHold()
                ? new Dose(sets(level), null, holdSeconds(p, level), loadKg(exercise, level))
                : new Dose(sets(level), reps(p, level), null, loadKg(exercise, level));
    }

    static int roundToFive(double seconds) {
        return Math.max(5, (int) Math.round(seconds / 5.0) * 5);
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
