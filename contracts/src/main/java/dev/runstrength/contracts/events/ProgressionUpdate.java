package dev.runstrength.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.runstrength.contracts.model.Decision;
import dev.runstrength.contracts.model.FlagType;
import dev.runstrength.contracts.model.PainArea;

import java.time.Instant;
import java.util.List;

/** Data of {@code dev.runstrength.tracking.progression.updated.v1} on {@code tracking.progressions}. */
public record ProgressionUpdate(
        String runnerId,
        String workoutId,
        Instant updatedAt,
        List<Change> changes,
        Adherence adherence,
        List<Flag> flags) {

    public ProgressionUpdate {
        changes = Defaults.orEmpty(changes);
        flags = Defaults.orEmpty(flags);
    }

    /** {@code to.exerciseId} differs from {@code from.exerciseId} after a move along a ladder. */
    public record Change(String exerciseId, Decision decision, Prescription from, Prescription to, String reason) {
    }

    /** Adherence over the current plan; {@code rate} is 0-1. */
    public record Adherence(int plannedSessions, int completedSessions, double rate, int streakWeeks) {
    }

    /** {@code severity} (v1.1, optional): the reported pain 0-10 of a PAIN flag; absent on other flags. */
    public record Flag(FlagType type, PainArea area, @JsonInclude(JsonInclude.Include.NON_NULL) Integer severity,
                       String message) {

        public Flag(FlagType type, PainArea area, String message) {
            this(type, area, null, message);
        }
    }
}
