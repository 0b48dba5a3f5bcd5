package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import org.junit.jupiter.api.Test;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

class LevelRuleTest {

    private final CatalogueExercise splitSquat = exercise("split-squat").reps(10, 15).load(12)
            .equipment(Equipment.DUMBBELLS).build();

    @Test
    void beginnerTwoSetsAtTheBottomWithoutLoad() {
        assertThat(splitSquat.levelDose(Level.BEGINNER)).isEqualTo(new Dose(2, 10, null, null));
    }

    @Test
    void intermediateThreeSetsMidRangeWithoutLoad() {
        assertThat(splitSquat.levelDose(Level.INTERMEDIATE)).isEqualTo(new Dose(3, 12, null, null));
    }

    @Test
    void advancedThreeSetsAtTheTopWithLoadOnlyWhenLoadable() {
        assertThat(splitSquat.levelDose(Level.ADVANCED)).isEqualTo(new Dose(3, 15, null, 12.0));
        CatalogueExercise bodyWeight = exercise("squat").reps(10, 15).build();
        assertThat(bodyWeight.levelDose(Level.ADVANCED).loadKg()).isNull();
        assertThat(splitSquat.levelLoadKg(Level.INTERMEDIATE)).isNull();
    }

    @Test
    void holdsScaleTwoThirdsOneFourThirds() {
        CatalogueExercise plank = exercise("plank").hold(30).build();
        assertThat(plank.levelDose(Level.BEGINNER).holdSeconds()).isEqualTo(20);
        assertThat(plank.levelDose(Level.INTERMEDIATE).holdSeconds()).isEqualTo(30);
        assertThat(plank.levelDose(Level.ADVANCED).holdSeconds()).isEqualTo(40);
    }

    @Test
    void nothingAboveTheLevel() {
        CatalogueExercise nordic = exercise("nordic").level(Level.INTERMEDIATE).build();
        assertThat(LevelRule.allows(nordic, Level.INTERMEDIATE)).isTrue();
        assertThat(LevelRule.allows(nordic, Level.BEGINNER)).isFalse();
        assertThat(Level.BEGINNER.sets()).isEqualTo(2);
        assertThat(Level.ADVANCED.sets()).isEqualTo(3);
    }

    @Test
    void theLoadIsCarriedByTheExercisesImplement() {
        assertThat(splitSquat.reference().implement()).isEqualTo(dev.runstrength.dose.Implement.DUMBBELLS);
        CatalogueExercise swing = exercise("swing").reps(10, 15).load(16).equipment(Equipment.KETTLEBELL).build();
        assertThat(swing.reference().implement()).isEqualTo(dev.runstrength.dose.Implement.KETTLEBELL);
        assertThat(exercise("squat").build().reference().implement()).isEqualTo(dev.runstrength.dose.Implement.ANY);
    }
}
