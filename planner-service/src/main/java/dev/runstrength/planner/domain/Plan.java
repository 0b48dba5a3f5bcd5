package dev.runstrength.planner.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A training plan; field names mirror the contract's "Training plan" event. {@code blockStart} is not
 * published: it is the first day of the training block the plan's calendar counts from (null when the
 * plan holds no block week, e.g. only race recovery), kept so that a replan continues the calendar
 * (DOMAIN rule 11).
 */
public record Plan(
        String planId,
        String runnerId,
        Instant generatedAt,
        BasedOn basedOn,
        TrainingPhase trainingPhase,
        List<Week> weeks,
        List<Rationale> rationale,
        LocalDate blockStart) {

    public Plan {
        weeks = List.copyOf(weeks);
        rationale = List.copyOf(rationale);
    }
}
