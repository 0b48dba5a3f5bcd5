package dev.runstrength.contracts.events;

import java.time.Instant;

/** Data of {@code dev.runstrength.catalog.exercise.retired.v1} on {@code catalog.exercises}. */
public record ExerciseRetired(String id, int version, Instant retiredAt) {
}
