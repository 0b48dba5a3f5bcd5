package dev.runstrength.tracking.domain;

import java.time.Instant;

/**
 * A pain area under a PAIN flag ({@link PainClearance}): the severity last reported above the clear
 * level, when, and how many workouts in a row since have loaded the area with pain at or below it.
 */
public record PainWatch(PainArea area, int severity, Instant reportedAt, int clearWorkouts) {
}
