package dev.runstrength.tracking.mapping;

import dev.runstrength.contracts.events.Prescription;
import dev.runstrength.contracts.events.ProgressionUpdate;
import dev.runstrength.contracts.model.Decision;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a runner stands (contract: {@code GET /runners/{runnerId}/progress}); also what
 * progression_state stores after each replay.
 */
@Schema(description = "A runner's current prescriptions, the last decision for each, adherence and flags")
public record RunnerProgress(
        String runnerId,
        List<Standing> exercises,
        ProgressionUpdate.Adherence adherence,
        List<ProgressionUpdate.Flag> flags) {

    public RunnerProgress {
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** One exercise: its current dose, which after a ladder move names the exercise moved to. */
    public record Standing(
            String exerciseId,
            Prescription current,
            Decision lastDecision,
            String lastReason,
            Instant updatedAt) {
    }

    public static RunnerProgress empty(String runnerId) {
        return new RunnerProgress(runnerId, List.of(), new ProgressionUpdate.Adherence(0, 0, 0.0, 0), List.of());
    }
}
