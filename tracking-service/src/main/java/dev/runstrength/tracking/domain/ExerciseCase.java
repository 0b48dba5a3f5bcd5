package dev.runstrength.tracking.domain;

import dev.runstrength.dose.BlockPhase;

/**
 * Everything a rule may look at for one exercise of one workout.
 *
 * @param outcome null when the exercise was skipped
 * @param streak  runs of successes and failures including this session
 * @param deload  null unless this workout triggers a deload
 * @param phase   the block the exercise was done in: the planned session's, else {@link ExerciseInfo#usualPhase}
 */
public record ExerciseCase(ExerciseInfo exercise, PerformedExercise performed, Prescription from,
                           SessionOutcome outcome, Streak streak, RunnerLevel level, DeloadCause deload,
                           CatalogueView catalogue, BlockPhase phase) {

    boolean skipped() {
        return outcome == null;
    }

    int pain() {
        return performed.pain();
    }
}
