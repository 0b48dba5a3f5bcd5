package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

class WeeklyCoverageTest {

    @Test
    void requiredGroupsAreTheRunningSix() {
        assertThat(WeeklyCoverage.REQUIRED_GROUPS).containsExactlyInAnyOrder(MuscleGroup.GLUTES, MuscleGroup.QUADS,
                MuscleGroup.HAMSTRINGS, MuscleGroup.CALVES, MuscleGroup.HIP_FLEXORS, MuscleGroup.CORE);
    }

    @Test
    void rotationFromIntermediateUp() {
        assertThat(WeeklyCoverage.needsRotation(Level.INTERMEDIATE)).isTrue();
        assertThat(WeeklyCoverage.needsRotation(Level.BEGINNER)).isFalse();
    }

    @Test
    void rotationByPurposeOrPattern() {
        assertThat(WeeklyCoverage.isRotation(exercise("pallof").purposes(Purpose.ROTATION).pattern(Pattern.CORE).build())).isTrue();
        assertThat(WeeklyCoverage.isRotation(exercise("woodchop").pattern(Pattern.ROTATION).build())).isTrue();
        assertThat(WeeklyCoverage.isRotation(exercise("plank").pattern(Pattern.CORE).build())).isFalse();
    }
}
