package dev.runstrength.tracking.domain;

/**
 * The catalogue's default dose for a runner's level (DOMAIN planner rule 4, and the catalogue
 * format): BEGINNER 2 sets at the bottom of the range with no load, INTERMEDIATE 3 sets mid-range,
 * ADVANCED 3 sets at the top. For holds the range is the catalogue hold up to its cap
 * ({@link DoubleProgression#HOLD_CAP_FACTOR} times it), mid-range rounded down to 5 s.
 */
public final class LevelDose {

    private LevelDose() {
    }

    public static Prescription forLevel(ExerciseInfo exercise, RunnerLevel level) {
        int bottom = exercise.rangeBottom();
        int top = exercise.rangeTop();
        return switch (level) {
            case BEGINNER -> dose(exercise, 2, bottom, null);
            case INTERMEDIATE -> dose(exercise, 3, middle(exercise, bottom, top), exercise.loadKg());
            case ADVANCED -> dose(exercise, 3, top, exercise.loadKg());
        };
    }

    /** Where a move up the ladder lands: the level's sets at the bottom of the new exercise's range. */
    public static Prescription entry(ExerciseInfo exercise, RunnerLevel level) {
        Prescription levelDose = forLevel(exercise, level);
        return dose(exercise, levelDose.sets(), exercise.rangeBottom(), exercise.loadKg());
    }

    /** Where a move down the ladder lands (the mirror of {@link #entry}): the top of the easier exercise's range. */
    public static Prescription exit(ExerciseInfo exercise, RunnerLevel level) {
        Prescription levelDose = forLevel(exercise, level);
        return dose(exercise, levelDose.sets(), exercise.rangeTop(), exercise.loadKg());
    }

    private static int middle(ExerciseInfo exercise, int bottom, int top) {
        int mid = (bottom + top) / 2;
        return exercise.countsHold() ? Math.max(bottom, mid - mid % DoubleProgression.HOLD_STEP_SECONDS) : mid;
    }

    private static Prescription dose(ExerciseInfo exercise, int sets, int amount, Double loadKg) {
        Double load = loadKg != null && loadKg > 0 ? loadKg : null;
        return exercise.countsHold()
                ? new Prescription(exercise.id(), sets, null, amount, load)
                : new Prescription(exercise.id(), sets, amount, null, load);
    }
}
