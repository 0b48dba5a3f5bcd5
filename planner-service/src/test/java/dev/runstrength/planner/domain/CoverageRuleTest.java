package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN rule 8 (v1.1). */
class CoverageRuleTest {

    @Test
    void requiredGroupsAreTheRunningSix() {
        assertThat(CoverageRule.REQUIRED_GROUPS).containsExactlyInAnyOrder(MuscleGroup.GLUTES, MuscleGroup.QUADS,
                MuscleGroup.HAMSTRINGS, MuscleGroup.CALVES, MuscleGroup.HIP_FLEXORS, MuscleGroup.CORE);
    }

    @Test
    void aStraightLegRaiseDoesNotStandInForQuadStrength() {
        CatalogueExercise raise = exercise("straight-leg-raise").pattern(Pattern.HIP)
                .groups(MuscleGroup.HIP_FLEXORS, MuscleGroup.QUADS).build();
        CatalogueExercise wallSit = exercise("wall-sit").pattern(Pattern.SQUAT).groups(MuscleGroup.QUADS).build();
        assertThat(CoverageRule.counts(raise, MuscleGroup.QUADS)).isFalse();
        assertThat(CoverageRule.counts(raise, MuscleGroup.HIP_FLEXORS)).isTrue();
        assertThat(CoverageRule.counts(wallSit, MuscleGroup.QUADS)).isTrue();
        CatalogueExercise jump = exercise("squat-jump").pattern(Pattern.PLYOMETRIC).purposes(Purpose.PLYOMETRIC)
                .groups(MuscleGroup.QUADS).build();
        assertThat(CoverageRule.counts(jump, MuscleGroup.QUADS)).as("jumps are power work").isFalse();
    }

    @Test
    void aCompoundIsASquatLungeOrHingeWorkingTwoLegGroups() {
        assertThat(exercise("sldl").pattern(Pattern.HINGE).groups(MuscleGroup.HAMSTRINGS, MuscleGroup.GLUTES).build()
                .isCompound()).isTrue();
        assertThat(exercise("nordic").pattern(Pattern.HINGE).groups(MuscleGroup.HAMSTRINGS).build().isCompound()).isFalse();
        assertThat(exercise("swing").pattern(Pattern.HINGE).purposes(Purpose.EXPLOSIVE)
                .groups(MuscleGroup.HAMSTRINGS, MuscleGroup.GLUTES).build().isCompound()).isFalse();
    }

    @Test
    void twoSessionsSplitTheGroupsTheWayACoachSplitsAnABWeek() {
        assertThat(CoverageRule.groupsFor(0, 1, EnumSet.noneOf(MuscleGroup.class))).hasSize(6);
        assertThat(CoverageRule.groupsFor(0, 2, EnumSet.noneOf(MuscleGroup.class)))
                .containsExactlyInAnyOrder(MuscleGroup.QUADS, MuscleGroup.CALVES, MuscleGroup.CORE);
        // B takes the hip day and whatever A could not cover
        assertThat(CoverageRule.groupsFor(1, 2, EnumSet.of(MuscleGroup.QUADS, MuscleGroup.CORE)))
                .containsExactlyInAnyOrder(MuscleGroup.HAMSTRINGS, MuscleGroup.GLUTES, MuscleGroup.HIP_FLEXORS, MuscleGroup.CALVES);
    }

    @Test
    void rotationFromIntermediateUp() {
        assertThat(CoverageRule.needsRotation(Level.INTERMEDIATE)).isTrue();
        assertThat(CoverageRule.needsRotation(Level.BEGINNER)).isFalse();
    }
}
