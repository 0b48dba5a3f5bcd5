package dev.runstrength.tracking.domain;

import java.util.Optional;

/**
 * Pain above 5 (Silbernagel's "too much"): the exercise regresses at once, before any other rule and
 * whatever the sets looked like, even when it was skipped (pain is the likely reason it was). A loaded exercise loses its load; otherwise the nearest easier
 * variation; with neither, one set fewer at the bottom of the range.
 */
public final class TooMuchPain implements ProgressionRule {

    public static final String NAME = "pain-too-much";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Verdict> decide(ExerciseCase c) {
        if (PainMonitoring.zone(c.pain()) != PainMonitoring.Zone.TOO_MUCH) {
            return Optional.empty();
        }
        Prescription from = c.from();
        String head = "Pain " + c.pain() + "/10 is more than this exercise should cause: ";
        if (from.loaded()) {
            Prescription to = from.withLoad(null);
            return regress(to, head + "load " + Prescription.kgText(from.loadKg()) + " removed, " + to.dose() + ".");
        }
        Optional<ExerciseInfo> easier = LadderMove.easier(c.exercise(), c.level(), c.catalogue());
        if (easier.isPresent()) {
            Move move = LadderMove.down(easier.get(), c.level(), c.phase(), from);
            return regress(move.to(), head + move.description() + ".");
        }
        int bottom = c.exercise().rangeBottom();
        Prescription to = from.withSets(Math.max(1, from.sets() - 1)).withTarget(Math.min(from.target(), bottom));
        if (to.equals(from)) {
            return Optional.of(Verdict.hold(from, head + "this is already the easiest dose, " + from.dose()
                    + ". Stop the exercise if it hurts and see a clinician if the pain stays."));
        }
        return regress(to, head + from.dose() + " -> " + to.dose() + ".");
    }

    private static Optional<Verdict> regress(Prescription to, String reason) {
        return Optional.of(new Verdict(Decision.REGRESS, to, reason));
    }
}
