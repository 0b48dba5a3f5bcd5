package dev.runstrength.tracking.domain;

import dev.runstrength.dose.LoadProgression;
import java.util.Optional;

/**
 * Every exercise of a deloading workout (see {@link DeloadTrigger}) gets a lighter dose: one set
 * fewer (at least 1), reps or hold at the bottom of the range, and 10 % less load rounded down to a
 * load the implement offers ({@link LoadProgression#deload}). For a 3 x 12 at
 * the middle of a 10-15 range that is 2 x 10, about 45 % less volume, in line with the planner's
 * week-4 deload (about 40 % less). Skipped exercises deload too: the deload is about the runner.
 * Success counting restarts afterwards.
 */
public final class DeloadDose implements ProgressionRule {

    public static final String NAME = "deload";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Verdict> decide(ExerciseCase c) {
        if (c.deload() == null) {
            return Optional.empty();
        }
        Prescription to = of(c.exercise(), c.from());
        return Optional.of(new Verdict(Decision.DELOAD, to,
                c.deload().why() + ": deload " + c.from().dose() + " -> " + to.dose() + ", then build back up."));
    }

    public static Prescription of(ExerciseInfo exercise, Prescription from) {
        return from.withSets(Math.max(1, from.sets() - 1))
                .withTarget(Math.min(from.target(), exercise.rangeBottom()))
                .withLoad(LoadProgression.deload(exercise.reference().implement(), from.loadKg()));
    }
}
