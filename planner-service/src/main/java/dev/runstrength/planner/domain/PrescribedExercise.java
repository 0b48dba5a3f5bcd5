package dev.runstrength.planner.domain;

import java.util.List;

/**
 * One exercise as prescribed in a session; exactly one of reps and holdSeconds is set. {@code targetRpe}
 * (contract v1.1) is the effort a heavy set ends at; with it {@code loadKg} is a suggestion or null.
 */
public record PrescribedExercise(
        String exerciseId,
        String name,
        String purpose,
        int sets,
        Integer reps,
        Integer holdSeconds,
        boolean perSide,
        Double loadKg,
        String tempo,
        int restSeconds,
        List<String> cues,
        List<String> cautions,
        Double targetRpe) {

    public PrescribedExercise {
        if ((reps == null) == (holdSeconds == null)) {
            throw new IllegalArgumentException(exerciseId + ": exactly one of reps and holdSeconds");
        }
        cues = List.copyOf(cues);
        cautions = List.copyOf(cautions);
    }

    /** Work volume: sets x reps (or sets x hold seconds). */
    public int volume() {
        return sets * (reps != null ? reps : holdSeconds);
    }
}
