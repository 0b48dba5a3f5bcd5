package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import org.junit.jupiter.api.Test;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN rule 4 (v1.1): the heavy main lift, dosed by the shared dose model's HeavyLiftDose. */
class HeavyLiftRuleTest {

    private final CatalogueExercise backSquat = exercise("barbell-back-squat").pattern(Pattern.SQUAT)
            .groups(MuscleGroup.QUADS, MuscleGroup.GLUTES).reps(4, 8).load(30).equipment(Equipment.BARBELL)
            .level(Level.INTERMEDIATE).build();

    @Test
    void aLoadedCompoundCarriedByABarKettlebellOrDumbbellsIsACandidate() {
        assertThat(HeavyLiftRule.candidate(backSquat)).isTrue();
        CatalogueExercise bodyWeight = exercise("squat").pattern(Pattern.SQUAT).groups(MuscleGroup.QUADS, MuscleGroup.GLUTES).build();
        CatalogueExercise calf = exercise("weighted-calf").pattern(Pattern.CALF_FOOT).groups(MuscleGroup.CALVES).load(8)
                .equipment(Equipment.DUMBBELLS).build();
        assertThat(HeavyLiftRule.candidate(bodyWeight)).isFalse();
        assertThat(HeavyLiftRule.candidate(calf)).isFalse();
    }

    @Test
    void advancedStartsAtThreeBySixAndGetsHeavierEachWeek() {
        Dose start = HeavyLiftRule.start(Level.ADVANCED);
        assertThat(start).isEqualTo(Dose.ofReps(3, 6));
        assertThat(HeavyLiftRule.week(backSquat, Level.ADVANCED, start, 1, false)).isEqualTo(Dose.ofReps(4, 5));
        assertThat(HeavyLiftRule.week(backSquat, Level.ADVANCED, start, 2, false)).isEqualTo(Dose.ofReps(4, 4));
        assertThat(HeavyLiftRule.targetRpe(Level.ADVANCED, 0)).isEqualTo(7.0);
        assertThat(HeavyLiftRule.targetRpe(Level.ADVANCED, 1)).isEqualTo(7.5);
        assertThat(HeavyLiftRule.targetRpe(Level.ADVANCED, 2)).isEqualTo(8.0);
        // PEAK keeps the fewest sets
        assertThat(HeavyLiftRule.week(backSquat, Level.ADVANCED, start, 2, true)).isEqualTo(Dose.ofReps(3, 4));
    }

    @Test
    void intermediateStaysAtThreeSetsOfSixToEightAtRpeSeven() {
        Dose start = HeavyLiftRule.start(Level.INTERMEDIATE);
        assertThat(start).isEqualTo(Dose.ofReps(3, 8));
        assertThat(HeavyLiftRule.week(backSquat, Level.INTERMEDIATE, start, 2, false)).isEqualTo(Dose.ofReps(3, 6));
        assertThat(HeavyLiftRule.targetRpe(Level.INTERMEDIATE, 2)).isEqualTo(7.0);
    }

    @Test
    void aTrackedLoadIsASuggestionThatRisesOnRealPlates() {
        Dose tracked = new Dose(3, 6, null, 60.0);
        assertThat(HeavyLiftRule.week(backSquat, Level.ADVANCED, tracked, 1, false).loadKg()).isEqualTo(65.0);
    }

    @Test
    void trackingsHeavyDosesAreAcceptedWithinTheLiftsSetsAndReps() {
        assertThat(backSquat.takesAsHeavyLift(Level.ADVANCED, Dose.ofReps(4, 4))).isTrue();
        assertThat(backSquat.takesAsHeavyLift(Level.ADVANCED, Dose.ofReps(5, 4))).isFalse();
        assertThat(backSquat.takesAsHeavyLift(Level.ADVANCED, new Dose(3, 5, null, 61.0))).as("no such plate").isFalse();
        assertThat(backSquat.takesAsHeavyLift(Level.BEGINNER, Dose.ofReps(3, 6))).isFalse();
    }
}
