package dev.runstrength.tracking.domain;

import dev.runstrength.dose.BlockPhase;
import dev.runstrength.dose.LadderDose;
import java.util.List;
import java.util.Optional;

/**
 * Moves along an exercise's ladder. Only the nearest rung counts (the first id of
 * {@code progressions} or {@code regressions}): when it is unknown, retired or above the runner's
 * level there is no move, because jumping two rungs skips the adaptation the middle one builds. The
 * dose on the new rung is the shared dose model's ({@link LadderDose}).
 */
public final class LadderMove {

    private LadderMove() {
    }

    public static Optional<ExerciseInfo> harder(ExerciseInfo exercise, RunnerLevel level, CatalogueView catalogue) {
        return nearest(exercise.progressions(), level, catalogue);
    }

    public static Optional<ExerciseInfo> easier(ExerciseInfo exercise, RunnerLevel level, CatalogueView catalogue) {
        return nearest(exercise.regressions(), level, catalogue);
    }

    private static Optional<ExerciseInfo> nearest(List<String> rungs, RunnerLevel level, CatalogueView catalogue) {
        if (rungs.isEmpty()) {
            return Optional.empty();
        }
        return catalogue.find(rungs.get(0))
                .filter(ExerciseInfo::active)
                .filter(next -> level.atLeast(next.minLevel()));
    }

    /**
     * Moving up: the level's sets at the bottom of the new exercise's range, with its entry load;
     * PREPARE and RECOVER work keeps its sets and takes no load.
     */
    static Move up(ExerciseInfo next, RunnerLevel level, BlockPhase phase, Prescription from) {
        Prescription entry = Prescription.of(next.id(),
                LadderDose.entry(next.reference(), level.toDose(), phase, Math.max(1, from.sets())));
        return new Move(entry, "move up to " + next.name() + " at " + entry.dose());
    }

    /** A step back never adds sets: the easier rung gets the level's sets or the current ones, whichever is fewer. */
    static Move down(ExerciseInfo previous, RunnerLevel level, BlockPhase phase, Prescription from) {
        Prescription exit = Prescription.of(previous.id(),
                LadderDose.exit(previous.reference(), level.toDose(), phase, Math.max(1, from.sets())));
        return new Move(exit, "step back to " + previous.name() + " at " + exit.dose());
    }
}
