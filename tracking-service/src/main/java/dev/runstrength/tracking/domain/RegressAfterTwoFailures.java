package dev.runstrength.tracking.domain;

import java.util.Optional;

/**
 * Two failed sessions in a row (see {@link SessionSuccess}) step back once, the mirror of
 * {@link ProgressAfterTwoSuccesses}: reps down 1 (always 1: a small step back keeps most of what
 * was built), hold down 5 s; at the bottom of the range load down with reps back to the top, else
 * the nearest easier variation at the top of its range, else one set fewer.
 */
public final class RegressAfterTwoFailures implements ProgressionRule {

    public static final String NAME = "two-failures";
    public static final int FAILURES_NEEDED = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Verdict> decide(ExerciseCase c) {
        if (c.skipped() || !c.outcome().failure() || c.streak().failures() < FAILURES_NEEDED) {
            return Optional.empty();
        }
        int repStep = 1;
        String head = "Two tough sessions in a row (" + c.outcome().evidence(c.from().countsHold()) + ")";
        return Optional.of(DoubleProgression.easier(c.exercise(), c.from(), repStep, c.level(), c.phase(), c.catalogue())
                .map(move -> new Verdict(Decision.REGRESS, move.to(), head + ": " + move.description() + "."))
                .orElseGet(() -> Verdict.hold(c.from(), head + ", and " + c.from().dose()
                        + " is already the easiest dose: keep it and take longer rests.")));
    }
}
