package dev.runstrength.dose;

/**
 * The dose of PREPARE and RECOVER work, which is not level-dosed: rounds of the catalogue's reps
 * (bottom of the range) or hold. The planner stretches or shrinks it to meet the time budget: from a
 * short round (half the reps, at least {@value #SHORTEST_REPS}; half the hold, at least 10 s) through
 * the normal amount up to {@value #MOST_ROUNDS} rounds at the top of the rep range or twice the hold,
 * growing by {@value #FILL_STEP_REPS} reps or {@value #FILL_STEP_SECONDS} s. No load.
 */
public final class SupportDose {

    public static final int MOST_ROUNDS = 4;
    public static final int SHORTEST_REPS = 4;
    public static final int FILL_STEP_REPS = 2;
    public static final int FILL_STEP_SECONDS = 10;

    private SupportDose() {
    }

    public static int shortest(CatalogueDose reference) {
        if (reference.countsHold()) {
            int hold = reference.holdSeconds();
            return Math.min(hold, Math.max(DoseRange.SHORTEST_HOLD_SECONDS, DoseRange.roundToFive(hold / 2.0)));
        }
        return Math.min(reference.repsMin(), Math.max(SHORTEST_REPS, (reference.repsMin() + 1) / 2));
    }

    public static int normal(CatalogueDose reference) {
        return reference.countsHold() ? reference.holdSeconds() : reference.repsMin();
    }

    public static int longest(CatalogueDose reference) {
        return reference.countsHold() ? DoseRange.HOLD_CAP_FACTOR * reference.holdSeconds() : reference.repsMax();
    }

    /** The growth step of the time fill: +2 reps or +10 s. */
    public static int fillStep(CatalogueDose reference) {
        return reference.countsHold() ? FILL_STEP_SECONDS : FILL_STEP_REPS;
    }

    public static Dose dose(CatalogueDose reference, int rounds, int amount) {
        return reference.countsHold() ? Dose.ofHold(rounds, amount) : Dose.ofReps(rounds, amount);
    }

    /** One short round. */
    public static Dose shortestDose(CatalogueDose reference) {
        return dose(reference, 1, shortest(reference));
    }

    /** The most rounds at the longest amount. */
    public static Dose longestDose(CatalogueDose reference) {
        return dose(reference, MOST_ROUNDS, longest(reference));
    }
}
