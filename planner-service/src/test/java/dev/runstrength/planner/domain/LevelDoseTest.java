package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

class LevelDoseTest {

    private final CatalogExercise splitSquat = exercise("split-squat").reps(10, 15).load(12).build();

    @Test
    void beginnerTwoSetsAtTheBottomWithoutLoad() {
        assertThat(LevelDose.dose(splitSquat, Level.BEGINNER)).isEqualTo(new Dose(2, 10, null, null));
    }

    @Test
    void intermediateThreeSetsMidRangeWithoutLoad() {
        assertThat(LevelDose.dose(splitSquat, Level.INTERMEDIATE)).isEqualTo(new Dose(3, 12, null, null));
    }

    @Test
    void advancedThreeSetsAtTheTopWithLoadOnlyWhenLoadable() {
        assertThat(LevelDose.dose(splitSquat, Level.ADVANCED)).isEqualTo(new Dose(3, 15, null, 12.0));
        CatalogExercise bodyWeight = exercise("squat").reps(10, 15).build();
        assertThat(LevelDose.dose(bodyWeight, Level.ADVANCED).loadKg()).isNull();
    }

    @Test
    void holdsScaleTwoThirdsOneFourThirds() {
        CatalogExercise plank = exercise("plank").hold(30).build();
        assertThat(LevelDose.dose(plank, Level.BEGINNER).holdSeconds()).isEqualTo(20);
        assertThat(LevelDose.dose(plank, Level.INTERMEDIATE).holdSeconds()).isEqualTo(30);
        assertThat(LevelDose.dose(plank, Level.ADVANCED).holdSeconds()).isEqualTo(40);
    }

    @Test
    void nothingAboveTheLevel() {
        CatalogExercise nordic = exercise("nordic").level(Level.INTERMEDIATE).build();
        assertThat(LevelDose.allows(nordic, Level.INTERMEDIATE)).isTrue();
        assertThat(LevelDose.allows(nordic, Level.BEGINNER)).isFalse();
    }
}
