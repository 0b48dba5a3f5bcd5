package dev.runstrength.dose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LevelDoseTest {

    private static final CatalogueDose SPLIT_SQUAT = CatalogueDose.reps(10, 15);
    private static final CatalogueDose WEIGHTED_SPLIT_SQUAT = SPLIT_SQUAT.loadedWith(Implement.DUMBBELLS, 12.0);
    private static final CatalogueDose PLANK = CatalogueDose.hold(30);

    @Test
    void beginnersGetTwoSetsAtTheBottomAndNoLoad() {
        assertThat(LevelDose.of(SPLIT_SQUAT, Level.BEGINNER)).isEqualTo(Dose.ofReps(2, 10));
        assertThat(LevelDose.of(WEIGHTED_SPLIT_SQUAT, Level.BEGINNER)).isEqualTo(Dose.ofReps(2, 10));
    }

    @Test
    void intermediatesGetThreeSetsMidRangeRoundedDownAndEarnTheirLoad() {
        assertThat(LevelDose.of(SPLIT_SQUAT, Level.INTERMEDIATE)).isEqualTo(Dose.ofReps(3, 12));
        assertThat(LevelDose.of(CatalogueDose.reps(10, 14), Level.INTERMEDIATE).reps()).isEqualTo(12);
        assertThat(LevelDose.of(WEIGHTED_SPLIT_SQUAT, Level.INTERMEDIATE).loadKg()).isNull();
    }

    @Test
    void advancedGetThreeSetsAtTheTopWithTheCatalogueLoadOnlyWhereTheExerciseTakesLoad() {
        assertThat(LevelDose.of(WEIGHTED_SPLIT_SQUAT, Level.ADVANCED)).isEqualTo(new Dose(3, 15, null, 12.0));
        assertThat(LevelDose.of(SPLIT_SQUAT, Level.ADVANCED)).isEqualTo(Dose.ofReps(3, 15));
        CatalogueDose loadNotItsProgression = new CatalogueDose(10, 15, null, 12.0, false, Implement.DUMBBELLS);
        assertThat(LevelDose.of(loadNotItsProgression, Level.ADVANCED).loadKg()).isNull();
    }

    @Test
    void holdsSitAtTwoThirdsTheReferenceAndFourThirdsRoundedToFiveSeconds() {
        assertThat(LevelDose.of(PLANK, Level.BEGINNER)).isEqualTo(Dose.ofHold(2, 20));
        assertThat(LevelDose.of(PLANK, Level.INTERMEDIATE)).isEqualTo(Dose.ofHold(3, 30));
        assertThat(LevelDose.of(PLANK, Level.ADVANCED)).isEqualTo(Dose.ofHold(3, 40));
        assertThat(LevelDose.of(CatalogueDose.hold(20), Level.BEGINNER).holdSeconds()).isEqualTo(15);
        assertThat(LevelDose.of(CatalogueDose.hold(20), Level.ADVANCED).holdSeconds()).isEqualTo(25);
        assertThat(LevelDose.of(CatalogueDose.hold(45), Level.ADVANCED).holdSeconds()).isEqualTo(60);
    }

    @Test
    void aBeginnerHoldIsAtLeastTenSecondsButNeverLongerThanTheReference() {
        assertThat(LevelDose.of(CatalogueDose.hold(12), Level.BEGINNER).holdSeconds()).isEqualTo(10);
        assertThat(LevelDose.of(CatalogueDose.hold(8), Level.BEGINNER).holdSeconds()).isEqualTo(8);
    }
}
