package dev.runstrength.catalog.domain;

/**
 * The week-1 dose the planner derives from the catalogue's reference prescription for a level (DOMAIN
 * rule 4, planner-service's {@code LevelDose}): BEGINNER 2 sets at the bottom of the range, INTERMEDIATE 3
 * sets in the middle (rounded down), ADVANCED 3 sets at the top; a hold is the middle of an implied range,
 * BEGINNER two thirds of it (at least 10 s), ADVANCED four thirds, rounded to 5 s. The catalogue checks its
 * doses against it, so the two must change together (planner-service's {@code SeedDosesFitTheCapsTest}
 * checks the seed with the planner's own numbers).
 */
public final class LevelDose {

    private LevelDose() {
    }

    public static int sets(Level level) {
        return level == Level.BEGINNER ? 2 : 3;
    }

    /** Reps per set, or seconds per set for a hold. */
    public static int amount(Prescription dose, Level level) {
        if (dose.holdBased()) {
            int hold = dose.holdSeconds();
            return switch (level) {
                case BEGINNER -> Math.max(10, roundToFive(hold * 2.0 / 3));
                case INTERMEDIATE -> hold;
                case ADVANCED -> roundToFive(hold * 4.0 / 3);
            };
        }
        return switch (level) {
            case BEGINNER -> dose.repsMin();
            case INTERMEDIATE -> (dose.repsMin() + dose.repsMax()) / 2;
            case ADVANCED -> dose.repsMax();
        };
    }

    /** Foot contacts of the level dose in one session; a hold with contacts counts them per second. */
    public static int footContacts(Exercise exercise, Level level) {
        Prescription dose = exercise.prescription();
        return exercise.footContactsPerRep() * sets(level) * amount(dose, level) * (dose.perSide() ? 2 : 1);
    }

    private static int roundToFive(double seconds) {
        return Math.max(5, (int) Math.round(seconds / 5.0) * 5);
    }
}
