package dev.runstrength.tracking.domain;

/** A new prescription and the words that describe the step ("reps 12 -> 13"). */
public record Move(Prescription to, String description) {
}
