package dev.runstrength.dose;

import java.util.Optional;

/**
 * One step of double progression within an exercise (DOMAIN "Tracking and progression"; Baechle &amp;
 * Earle): reps climb the range {@value #REP_STEP} at a time ({@value #BIG_REP_STEP} when the runner
 * beat the target by two or more), holds {@value #HOLD_STEP_SECONDS} s at a time, up to the range's
 * cap; at the cap, an exercise that takes load at this level goes up one load step with reps back to
 * the bottom. {@link #easier} is the exact mirror. Moving along the ladder is the caller's next choice
 * when these give nothing ({@link LadderDose}); a set more only where {@link SetCap} allows it.
 */
public final class DoseSteps {

    public static final int REP_STEP = 1;
    public static final int BIG_REP_STEP = 2;
    /** 5 s is the smallest change a runner can time without a stopwatch app. */
    public static final int HOLD_STEP_SECONDS = 5;

    private DoseSteps() {
    }

    /** Load is progression for this exercise at this level: never for a beginner (DOMAIN rule 4). */
    public static boolean takesLoad(CatalogueDose reference, Level level) {
        return reference.loadable() && level != Level.BEGINNER;
    }

    /** ... and in this block: PREPARE and RECOVER work stays light, so never. */
    public static boolean takesLoad(CatalogueDose reference, Level level, BlockPhase phase) {
        return takesLoad(reference, level) && !phase.isSupport();
    }

    /** Reps by {@code repStep} or the hold by 5 s toward the cap; at the cap, load up with reps back to the bottom. */
    public static Optional<Dose> harder(CatalogueDose reference, Dose from, int repStep, Level level, BlockPhase phase) {
        DoseRange range = reference.range();
        int amount = from.amount();
        if (amount < range.cap()) {
            return Optional.of(from.withAmount(range.clamp(amount + step(from, repStep))));
        }
        if (takesLoad(reference, level, phase)) {
            return Optional.of(from.withLoad(LoadProgression.up(reference.implement(), from.loadKg()))
                    .withAmount(range.bottom()));
        }
        return Optional.empty();
    }

    /** The mirror of {@link #harder}: reps or hold down toward the bottom; at the bottom, load down with reps up to the cap. */
    public static Optional<Dose> easier(CatalogueDose reference, Dose from, int repStep) {
        DoseRange range = reference.range();
        int amount = from.amount();
        if (amount > range.bottom()) {
            return Optional.of(from.withAmount(range.clamp(amount - step(from, repStep))));
        }
        if (from.loaded()) {
            return Optional.of(from.withLoad(LoadProgression.down(reference.implement(), from.loadKg()))
                    .withAmount(range.cap()));
        }
        return Optional.empty();
    }

    /** One set more, where the cap allows it (STRENGTHEN work only). */
    public static Optional<Dose> oneSetMore(Dose from, Level level, BlockPhase phase) {
        return SetCap.allowsOneMore(level, phase, from.sets()) ? Optional.of(from.withSets(from.sets() + 1)) : Optional.empty();
    }

    public static Optional<Dose> oneSetFewer(Dose from) {
        return from.sets() > 1 ? Optional.of(from.withSets(from.sets() - 1)) : Optional.empty();
    }

    private static int step(Dose from, int repStep) {
        return from.countsHold() ? HOLD_STEP_SECONDS : Math.max(REP_STEP, repStep);
    }
}
