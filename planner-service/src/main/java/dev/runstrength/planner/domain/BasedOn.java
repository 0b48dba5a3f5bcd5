package dev.runstrength.planner.domain;

import java.time.Instant;

/** Which inputs produced a plan; progressionAt is null when no progression update was used. */
public record BasedOn(Instant profileUpdatedAt, Instant progressionAt) {
}
