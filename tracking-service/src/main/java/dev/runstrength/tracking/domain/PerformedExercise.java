package dev.runstrength.tracking.domain;

import java.util.List;

/** One exercise of a completed workout. */
public record PerformedExercise(String exerciseId, boolean skipped, List<PerformedSet> sets,
                                Integer painLevel, PainArea painArea) {

    public PerformedExercise {
        if (exerciseId == null || exerciseId.isBlank()) {
            throw new IllegalArgumentException("exerciseId is required");
        }
        sets = sets == null ? List.of() : List.copyOf(sets);
    }

    public static PerformedExercise done(String exerciseId, List<PerformedSet> sets) {
        return new PerformedExercise(exerciseId, false, sets, null, null);
    }

    public static PerformedExercise skippedExercise(String exerciseId) {
        return new PerformedExercise(exerciseId, true, List.of(), null, null);
    }

    public PerformedExercise withPain(Integer level, PainArea area) {
        return new PerformedExercise(exerciseId, skipped, sets, level, area);
    }

    int pain() {
        return painLevel == null ? 0 : painLevel;
    }
}
