package dev.runstrength.planner.domain;

import java.time.Instant;
import java.util.List;

/** A training plan; field names mirror the contract's "Training plan" event. */
public record Plan(
        String planId,
        String runnerId,
        Instant generatedAt,
        BasedOn basedOn,
        TrainingPhase trainingPhase,
        List<Week> weeks,
        List<Rationale> rationale) {

    public Plan {
        weeks = List.copyOf(weeks);
        rationale = List.copyOf(rationale);
    }
}
