package dev.runstrength.tracking.domain;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one workout (contract: tracking.progressions). {@code updatedAt} is the workout's
 * completedAt, so a replay produces the identical update. {@code unknownExercises} lists performed
 * exercise ids the catalogue does not know (an optional field beyond the contract): no change is
 * computed for them.
 */
public record ProgressionUpdate(String runnerId, String workoutId, Instant updatedAt, List<Change> changes,
                                Adherence adherence, List<Flag> flags, List<String> unknownExercises) {

    public ProgressionUpdate {
        changes = List.copyOf(changes);
        flags = List.copyOf(flags);
        unknownExercises = List.copyOf(unknownExercises);
    }
}
