package dev.runstrength.tracking.domain;

import java.util.Optional;

/** HOLD when no other rule decided; the reason says what is still needed. */
public final class KeepDose implements ProgressionRule {

    public static final String NAME = "keep-dose";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Verdict> decide(ExerciseCase c) {
        Prescription from = c.from();
        String evidence = c.skipped() ? "" : c.outcome().evidence(from.countsHold());
        String keep = "keep " + from.dose();
        String reason;
        if (c.skipped()) {
            reason = "Keep " + from.dose() + ".";
        } else if (c.outcome().success() && c.streak().readyToProgress()) {
            reason = "Two good sessions in a row, but the last was not comfortable (" + evidence + "): " + keep
                    + " until it feels like RPE 7 or you beat the target by "
                    + SessionOutcome.comfortableSpare(from.countsHold()) + ".";
        } else if (c.outcome().success()) {
            reason = "Strong session (" + evidence + "): " + keep + "; one more like it moves you up.";
        } else if (c.outcome().failure()) {
            reason = "Tough session (" + evidence + "): " + keep + "; a second one in a row steps back.";
        } else {
            reason = "Nearly there (" + evidence + "): " + keep + ".";
        }
        return Optional.of(Verdict.hold(from, reason));
    }
}
