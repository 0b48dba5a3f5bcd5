package dev.runstrength.tracking.domain;

import java.util.Optional;

/**
 * Double progression (Baechle &amp; Earle): first reps climb through the catalogue range; at its top
 * the load goes up and reps drop back to the bottom. A body-weight exercise at the top moves to the
 * next ladder rung at its entry dose instead; when there is none, one more set (up to
 * {@link #MAX_SETS}). Holds climb {@link #HOLD_STEP_SECONDS} at a time up to
 * {@link #HOLD_CAP_FACTOR} times the catalogue hold. {@link #easier} is the exact mirror.
 */
public final class DoubleProgression {

    /** Hold progression step: 5 s is the smallest change a runner can time without a stopwatch app. */
    public static final int HOLD_STEP_SECONDS = 5;
    /** Holds stop growing at twice the catalogue hold: beyond that a harder variation trains more than a longer hold. */
    public static final int HOLD_CAP_FACTOR = 2;
    /** The most sets a progression adds to: past 4 sets a runner's 30-minute session runs out of time. */
    public static final int MAX_SETS = 4;

    private DoubleProgression() {
    }

    /**
     * One step harder. {@code repStep} is 1, or 2 when the runner beat the target by 2+ reps;
     * holds always move by {@link #HOLD_STEP_SECONDS}.
     */
    public static Optional<Move> harder(ExerciseInfo exercise, Prescription from, int repStep, RunnerLevel level,
                                        CatalogueView catalogue) {
        int amount = from.target();
        int bottom = exercise.rangeBottom();
        int top = exercise.rangeTop();
        if (amount < top) {
            int step = from.countsHold() ? HOLD_STEP_SECONDS : repStep;
            int next = clamp(amount + step, bottom, top);
            return Optional.of(new Move(from.withTarget(next),
                    unit(from) + " " + amount(from, amount) + " -> " + amount(from, next)));
        }
        if (exercise.loadable()) {
            double load = Load.up(from.loadKg());
            Prescription to = from.withLoad(load).withTarget(bottom);
            String was = from.loaded() ? Load.text(from.loadKg()) : "body weight";
            return Optional.of(new Move(to, "load " + was + " -> " + Load.text(load) + ", "
                    + unit(from) + " back to " + amount(from, bottom)));
        }
        Optional<ExerciseInfo> next = LadderMove.harder(exercise, level, catalogue);
        if (next.isPresent()) {
            return Optional.of(LadderMove.up(next.get(), level));
        }
        if (from.sets() < MAX_SETS) {
            Prescription to = from.withSets(from.sets() + 1).withTarget(Math.min(amount, top));
            return Optional.of(new Move(to, "sets " + from.sets() + " -> " + to.sets()
                    + " (no harder variation open to you yet)"));
        }
        return Optional.empty();
    }

    /** One step easier: the mirror of {@link #harder}. */
    public static Optional<Move> easier(ExerciseInfo exercise, Prescription from, int repStep, RunnerLevel level,
                                        CatalogueView catalogue) {
        int amount = from.target();
        int bottom = exercise.rangeBottom();
        int top = exercise.rangeTop();
        if (amount > bottom) {
            int step = from.countsHold() ? HOLD_STEP_SECONDS : repStep;
            int next = clamp(amount - step, bottom, top);
            return Optional.of(new Move(from.withTarget(next),
                    unit(from) + " " + amount(from, amount) + " -> " + amount(from, next)));
        }
        if (from.loaded()) {
            Double load = Load.down(from.loadKg());
            Prescription to = from.withLoad(load).withTarget(top);
            String now = load == null ? "body weight" : Load.text(load);
            return Optional.of(new Move(to, "load " + Load.text(from.loadKg()) + " -> " + now + ", "
                    + unit(from) + " up to " + amount(from, top)));
        }
        Optional<ExerciseInfo> previous = LadderMove.easier(exercise, level, catalogue);
        if (previous.isPresent()) {
            return Optional.of(LadderMove.down(previous.get(), level, from));
        }
        if (from.sets() > 1) {
            Prescription to = from.withSets(from.sets() - 1).withTarget(Math.max(amount, bottom));
            return Optional.of(new Move(to, "sets " + from.sets() + " -> " + to.sets()
                    + " (no easier variation in the catalogue)"));
        }
        return Optional.empty();
    }

    static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    private static String amount(Prescription p, int value) {
        return p.countsHold() ? value + " s" : String.valueOf(value);
    }

    private static String unit(Prescription p) {
        return p.countsHold() ? "hold" : "reps";
    }
}
