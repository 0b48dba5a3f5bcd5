package dev.runstrength.planner.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything one plan depends on. {@code today} is the day the profile arrived: without a
 * startDate the plan starts the day after. {@code previous} is the runner's current plan, or null
 * for a first plan (or a preview): a replan continues its block calendar and keeps its slots.
 */
public record PlanRequest(
        RunnerProfile profile,
        Catalogue catalogue,
        ProgressionState progression,
        LocalDate today,
        Instant generatedAt,
        String planId,
        PreviousPlan previous) {

    public PlanRequest {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(catalogue, "catalogue");
        progression = progression == null ? ProgressionState.empty() : progression;
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(planId, "planId");
    }

    /** A first plan: no current plan to continue. */
    public PlanRequest(RunnerProfile profile, Catalogue catalogue, ProgressionState progression, LocalDate today,
                       Instant generatedAt, String planId) {
        this(profile, catalogue, progression, today, generatedAt, planId, null);
    }

    public LocalDate startDate() {
        return profile.startDate() != null ? profile.startDate() : today.plusDays(1);
    }
}
