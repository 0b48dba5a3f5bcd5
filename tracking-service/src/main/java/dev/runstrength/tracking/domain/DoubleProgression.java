package dev.runstrength.tracking.domain;

import dev.runstrength.dose.BlockPhase;
import dev.runstrength.dose.Dose;
import dev.runstrength.dose.DoseRange;
import dev.runstrength.dose.DoseSteps;
import dev.runstrength.dose.SetCap;
import java.util.Optional;

/**
 * Double progression (Baechle &amp; Earle) with the shared dose model's steps ({@link DoseSteps}): first
 * reps (or holds) climb through the range; at its top an exercise that takes load goes up one load
 * step of its implement and reps drop back to the bottom. A body-weight exercise at the top moves to
 * the next ladder rung at its entry dose instead; when there is none, one more set where the set cap
 * allows it ({@link SetCap}: the level's sets, and never for PREPARE or RECOVER work). {@link #easier}
 * is the exact mirror.
 */
public final class DoubleProgression {

    /** Hold progression step (shared dose model). */
    public static final int HOLD_STEP_SECONDS = DoseSteps.HOLD_STEP_SECONDS;
    /** Holds stop growing at twice the catalogue hold (shared dose model). */
    public static final int HOLD_CAP_FACTOR = DoseRange.HOLD_CAP_FACTOR;
    /** The most sets any dose has (shared dose model); a progression adds sets only up to the level's. */
    public static final int MAX_SETS = SetCap.MOST_SETS;

    private DoubleProgression() {
    }

    /**
     * One step harder. {@code repStep} is 1, or 2 when the runner beat the target by 2+ reps;
     * holds always move by {@link #HOLD_STEP_SECONDS}.
     */
    public static Optional<Move> harder(ExerciseInfo exercise, Prescription from, int repStep, RunnerLevel level,
                                        BlockPhase phase, CatalogueView catalogue) {
        Dose dose = from.toDose();
        Optional<Dose> within = DoseSteps.harder(exercise.reference(), dose, repStep, level.toDose(), phase);
        if (within.isPresent()) {
            return Optional.of(step(exercise, from, within.get(), "back to"));
        }
        Optional<ExerciseInfo> next = LadderMove.harder(exercise, level, catalogue);
        if (next.isPresent()) {
            return Optional.of(LadderMove.up(next.get(), level, phase, from));
        }
        return DoseSteps.oneSetMore(dose, level.toDose(), phase)
                .map(more -> new Move(Prescription.of(exercise.id(), more), "sets " + from.sets() + " -> " + more.sets()
                        + " (no harder variation open to you yet)"));
    }

    /** One step easier: the mirror of {@link #harder}. */
    public static Optional<Move> easier(ExerciseInfo exercise, Prescription from, int repStep, RunnerLevel level,
                                        BlockPhase phase, CatalogueView catalogue) {
        Dose dose = from.toDose();
        Optional<Dose> within = DoseSteps.easier(exercise.reference(), dose, repStep);
        if (within.isPresent()) {
            return Optional.of(step(exercise, from, within.get(), "up to"));
        }
        Optional<ExerciseInfo> previous = LadderMove.easier(exercise, level, catalogue);
        if (previous.isPresent()) {
            return Optional.of(LadderMove.down(previous.get(), level, phase, from));
        }
        int bottom = exercise.rangeBottom();
        return DoseSteps.oneSetFewer(dose)
                .map(fewer -> fewer.withAmount(Math.max(fewer.amount(), bottom)))
                .map(fewer -> new Move(Prescription.of(exercise.id(), fewer), "sets " + from.sets() + " -> "
                        + fewer.sets() + " (no easier variation in the catalogue)"));
    }

    /** "reps 12 -> 13", or "load 8 kg -> 10 kg, reps back to 12". */
    private static Move step(ExerciseInfo exercise, Prescription from, Dose to, String direction) {
        Prescription next = Prescription.of(exercise.id(), to);
        if (next.loaded() == from.loaded() && (!next.loaded() || next.loadKg().equals(from.loadKg()))) {
            return new Move(next, unit(from) + " " + amount(from, from.target()) + " -> " + amount(from, next.target()));
        }
        String was = from.loaded() ? Prescription.kgText(from.loadKg()) : "body weight";
        String now = next.loaded() ? Prescription.kgText(next.loadKg()) : "body weight";
        return new Move(next, "load " + was + " -> " + now + ", " + unit(from) + " " + direction + " "
                + amount(from, next.target()));
    }

    private static String amount(Prescription p, int value) {
        return p.countsHold() ? value + " s" : String.valueOf(value);
    }

    private static String unit(Prescription p) {
        return p.countsHold() ? "hold" : "reps";
    }
}
