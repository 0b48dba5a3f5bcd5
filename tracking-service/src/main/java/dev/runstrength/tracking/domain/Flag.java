package dev.runstrength.tracking.domain;

/** Something the runner or the planner should notice; area is set for PAIN flags when the runner named one. */
public record Flag(FlagType type, PainArea area, String message) {
}
