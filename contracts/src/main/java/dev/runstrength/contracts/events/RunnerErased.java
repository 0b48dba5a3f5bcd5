package dev.runstrength.contracts.events;

import java.time.Instant;

/** Data of {@code dev.runstrength.runner.erased.v1} on {@code runner.profiles} (contract v1.1, "Erasure"). */
public record RunnerErased(String runnerId, Instant requestedAt) {
}
