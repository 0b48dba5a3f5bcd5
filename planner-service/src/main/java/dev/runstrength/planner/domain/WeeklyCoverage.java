package dev.runstrength.planner.domain;

import java.util.List;

/**
 * DOMAIN rule 8. Each week's STRENGTHEN work covers glutes, quads, calves, hamstrings, hip flexors
 * (iliopsoas) and core through the exercises' primary muscles; every session has at least one
 * single-leg exercise (seed 000: 60-70 % of gait is single-leg stance); INTERMEDIATE and ADVANCED get
 * rotation work at least once a week.
 */
public final class WeeklyCoverage {

    public static final String CODE = "COVERAGE";
    public static final List<MuscleGroup> REQUIRED_GROUPS = List.of(
            MuscleGroup.GLUTES, MuscleGroup.QUADS, MuscleGroup.HAMSTRINGS,
            MuscleGroup.CALVES, MuscleGroup.HIP_FLEXORS, MuscleGroup.CORE);

    private WeeklyCoverage() {
    }

    public static boolean needsRotation(Level level) {
        return level != Level.BEGINNER;
    }

    public static boolean isRotation(CatalogExercise exercise) {
        return exercise.hasPurpose(Purpose.ROTATION) || exercise.pattern() == Pattern.ROTATION;
    }
}
