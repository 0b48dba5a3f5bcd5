package dev.runstrength.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.runstrength.contracts.model.PainArea;
import dev.runstrength.contracts.model.Side;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code dev.runstrength.workout.completed.v1} on {@code workouts.completed}. {@code workoutId} is the
 * idempotency key; {@code planId} and {@code sessionId} are absent for an unplanned workout.
 */
public record CompletedWorkout(
        String workoutId,
        String runnerId,
        Instant completedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String planId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sessionId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer durationMinutes,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double sessionRpe,
        List<Performed> exercises) {

    public CompletedWorkout {
        exercises = Defaults.orEmpty(exercises);
    }

    public record Performed(
            String exerciseId,
            Boolean skipped,
            List<PerformedSet> sets,
            Integer painLevel,
            PainArea painArea) {
        public Performed {
            skipped = Defaults.or(skipped, Boolean.FALSE);
            sets = Defaults.orEmpty(sets);
        }
    }

    public record PerformedSet(Integer reps, Integer holdSeconds, Double loadKg, Side side, Double rpe) {
        public PerformedSet {
            side = Defaults.or(side, Side.BOTH);
        }
    }
}
