package dev.runstrength.tracking.domain;

import java.util.Optional;

/**
 * ASYMMETRY flag (seed 000: muscular imbalance): for an exercise done per side, the work of the LEFT
 * sets and of the RIGHT sets differ by more than {@link #THRESHOLD_PERCENT} % of the larger side.
 * Work of a set = reps (or hold seconds) x load in kg when a load was recorded, else reps (or hold
 * seconds). BOTH sets cannot be told apart and are left out; the check needs at least one LEFT and
 * one RIGHT set.
 */
public final class AsymmetryCheck {

    public static final int THRESHOLD_PERCENT = 10;

    private AsymmetryCheck() {
    }

    public static Optional<Flag> check(ExerciseInfo exercise, PerformedExercise performed, boolean countsHold) {
        if (performed.skipped() || !exercise.sided()) {
            return Optional.empty();
        }
        double left = 0;
        double right = 0;
        boolean anyLeft = false;
        boolean anyRight = false;
        for (PerformedSet set : performed.sets()) {
            double work = set.amount(countsHold) * (set.loadKg() != null && set.loadKg() > 0 ? set.loadKg() : 1.0);
            if (set.side() == Side.LEFT) {
                left += work;
                anyLeft = true;
            } else if (set.side() == Side.RIGHT) {
                right += work;
                anyRight = true;
            }
        }
        double larger = Math.max(left, right);
        double gap = Math.abs(left - right);
        // Compare gap * 100 with threshold * larger, so exactly 10 % never tips over by rounding.
        if (!anyLeft || !anyRight || larger == 0 || gap * 100 <= THRESHOLD_PERCENT * larger + 1e-9) {
            return Optional.empty();
        }
        long percent = Math.round(gap * 100 / larger);
        String weaker = left < right ? "left" : "right";
        return Optional.of(new Flag(FlagType.ASYMMETRY, null, exercise.name() + ": left and right differ by "
                + percent + " % (left " + number(left) + ", right " + number(right) + "; over "
                + THRESHOLD_PERCENT + " % is an imbalance). Start with the " + weaker
                + " side and match its work on the other."));
    }

    private static String number(double work) {
        return work == Math.rint(work) ? String.valueOf((long) work) : String.format(java.util.Locale.ROOT, "%.1f", work);
    }
}
