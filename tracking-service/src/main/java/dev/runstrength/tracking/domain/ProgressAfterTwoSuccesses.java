package dev.runstrength.tracking.domain;

import java.util.Optional;

/**
 * The 2-for-2 idea (Baechle &amp; Earle) on a runner's scale: after two successful sessions in a row,
 * the last one comfortable (highest set RPE at most 7, about three reps in reserve) or beaten by 2+
 * reps (5+ s for a hold) in every prescribed set, the exercise moves one step harder by
 * {@link DoubleProgression}: reps +1, or +2 when the runner beat the target by 2 or more. PREPARE and
 * RECOVER work moves along its range and ladder but never gains a set or a load.
 */
public final class ProgressAfterTwoSuccesses implements ProgressionRule {

    public static final String NAME = "two-successes";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Verdict> decide(ExerciseCase c) {
        if (c.skipped() || !c.outcome().success() || !c.streak().readyToProgress()
                || !c.outcome().comfortable(c.from().countsHold())) {
            return Optional.empty();
        }
        int repStep = !c.from().countsHold() && c.outcome().spare() >= SessionOutcome.SPARE_REPS ? 2 : 1;
        String head = "Two strong sessions in a row (" + c.outcome().evidence(c.from().countsHold()) + ")";
        return Optional.of(DoubleProgression.harder(c.exercise(), c.from(), repStep, c.level(), c.phase(), c.catalogue())
                .map(move -> new Verdict(Decision.PROGRESS, move.to(), head + ": " + move.description() + "."))
                .orElseGet(() -> Verdict.hold(c.from(), head + ", and " + c.from().dose()
                        + " is the top of this ladder" + (c.phase().isSupport() ? " for warm-up and cool-down work" : "")
                        + ": keep it.")));
    }
}
