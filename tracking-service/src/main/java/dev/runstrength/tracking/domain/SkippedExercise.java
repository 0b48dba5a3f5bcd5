package dev.runstrength.tracking.domain;

import java.util.Optional;

/** A skipped exercise holds its dose; it is no evidence either way. */
public final class SkippedExercise implements ProgressionRule {

    public static final String NAME = "skipped";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Verdict> decide(ExerciseCase c) {
        if (!c.skipped()) {
            return Optional.empty();
        }
        return Optional.of(Verdict.hold(c.from(), "Skipped this time: keep " + c.from().dose() + "."));
    }
}
