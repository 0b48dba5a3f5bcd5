package dev.runstrength.tracking.domain;

import java.util.List;

/**
 * What tracking needs of a catalogue exercise: its dose range, whether load is its progression,
 * and its ladder ({@code progressions} harder, {@code regressions} easier, nearest first).
 * Exactly one of (repsMin, repsMax) and holdSeconds is set.
 */
public record ExerciseInfo(String id, String name, boolean unilateral, boolean perSide, boolean loadable,
                           Integer repsMin, Integer repsMax, Integer holdSeconds, Double loadKg,
                           List<String> progressions, List<String> regressions,
                           RunnerLevel minLevel, ExerciseStatus status) {

    public ExerciseInfo {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        name = name == null ? id : name;
        progressions = progressions == null ? List.of() : List.copyOf(progressions);
        regressions = regressions == null ? List.of() : List.copyOf(regressions);
        minLevel = minLevel == null ? RunnerLevel.BEGINNER : minLevel;
        status = status == null ? ExerciseStatus.ACTIVE : status;
        if (repsMin == null && repsMax == null && holdSeconds == null) {
            throw new IllegalArgumentException(id + ": one of repsMin/repsMax or holdSeconds is required");
        }
        if (repsMin == null && repsMax != null) {
            repsMin = repsMax;
        }
        if (repsMax == null && repsMin != null) {
            repsMax = repsMin;
        }
    }

    /** Sets are counted per side (LEFT and RIGHT lanes). */
    public boolean sided() {
        return unilateral || perSide;
    }

    public boolean countsHold() {
        return repsMin == null;
    }

    /** Bottom of the dose range: repsMin, or the catalogue hold. */
    public int rangeBottom() {
        return countsHold() ? holdSeconds : repsMin;
    }

    /** Top of the dose range: repsMax, or the hold cap (see {@link DoubleProgression#HOLD_CAP_FACTOR}). */
    public int rangeTop() {
        return countsHold() ? holdSeconds * DoubleProgression.HOLD_CAP_FACTOR : repsMax;
    }

    public boolean active() {
        return status == ExerciseStatus.ACTIVE;
    }
}
