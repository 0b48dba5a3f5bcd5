package dev.runstrength.tracking.domain;

/**
 * The decision for one exercise of a workout. {@code to.exerciseId()} differs from
 * {@code from.exerciseId()} when the runner moves along the ladder. {@code rule} names the rule that
 * decided (an optional field beyond the contract).
 */
public record Change(String exerciseId, Decision decision, Prescription from, Prescription to, String reason,
                     String rule) {
}
