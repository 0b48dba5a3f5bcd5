package dev.runstrength.tracking.domain;

import java.time.Instant;
import java.util.List;

/** A completed workout (contract: workouts.completed). planId and sessionId are absent for an unplanned one. */
public record Workout(String workoutId, String runnerId, Instant completedAt, String planId, String sessionId,
                      Integer durationMinutes, Double sessionRpe, List<PerformedExercise> exercises) {

    public Workout {
        if (workoutId == null || workoutId.isBlank()) {
            throw new IllegalArgumentException("workoutId is required");
        }
        if (completedAt == null) {
            throw new IllegalArgumentException("completedAt is required");
        }
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }

    boolean planned() {
        return planId != null && sessionId != null;
    }
}
