package dev.runstrength.tracking.domain;

import java.util.Optional;

/** Pain 4-5 (Silbernagel's caution zone), done or skipped: hold the dose, never progress it in the same update. */
public final class PainCaution implements ProgressionRule {

    public static final String NAME = "pain-caution";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Verdict> decide(ExerciseCase c) {
        if (PainMonitoring.zone(c.pain()) != PainMonitoring.Zone.CAUTION) {
            return Optional.empty();
        }
        return Optional.of(Verdict.hold(c.from(), "Pain " + c.pain() + "/10 is in the caution zone (4-5): keep "
                + c.from().dose() + ", no progression until it settles."));
    }
}
