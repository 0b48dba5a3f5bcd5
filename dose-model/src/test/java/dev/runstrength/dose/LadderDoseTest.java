package dev.runstrength.dose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LadderDoseTest {

    private static final CatalogueDose WEIGHTED_CALF_RAISE = CatalogueDose.reps(12, 15).loadedWith(Implement.DUMBBELLS, 8.0);
    private static final CatalogueDose DOUBLE_LEG_CALF_RAISE = CatalogueDose.reps(15, 20);

    @Test
    void movingUpStartsAtTheBottomWithTheLevelsSets() {
        assertThat(LadderDose.entry(CatalogueDose.reps(8, 12), Level.BEGINNER)).isEqualTo(Dose.ofReps(2, 8));
        assertThat(LadderDose.entry(CatalogueDose.reps(8, 12), Level.ADVANCED)).isEqualTo(Dose.ofReps(3, 8));
        assertThat(LadderDose.entry(CatalogueDose.hold(20), Level.INTERMEDIATE)).isEqualTo(Dose.ofHold(3, 15));
    }

    @Test
    void aWeightedRungStartsWithTheLightestLoadForAnIntermediateAndTheCatalogueLoadForAnAdvanced() {
        assertThat(LadderDose.entry(WEIGHTED_CALF_RAISE, Level.BEGINNER)).isEqualTo(Dose.ofReps(2, 12));
        assertThat(LadderDose.entry(WEIGHTED_CALF_RAISE, Level.INTERMEDIATE)).isEqualTo(new Dose(3, 12, null, 2.0));
        assertThat(LadderDose.entry(WEIGHTED_CALF_RAISE, Level.ADVANCED)).isEqualTo(new Dose(3, 12, null, 8.0));
        CatalogueDose noReferenceLoad = CatalogueDose.reps(6, 10).loadedWith(Implement.KETTLEBELL, null);
        assertThat(LadderDose.entry(noReferenceLoad, Level.ADVANCED).loadKg()).isEqualTo(4.0);
    }

    @Test
    void steppingBackLandsAtTheTopAndNeverAddsSets() {
        assertThat(LadderDose.exit(DOUBLE_LEG_CALF_RAISE, Level.INTERMEDIATE, 3)).isEqualTo(Dose.ofReps(3, 20));
        assertThat(LadderDose.exit(DOUBLE_LEG_CALF_RAISE, Level.INTERMEDIATE, 2)).isEqualTo(Dose.ofReps(2, 20));
        assertThat(LadderDose.exit(DOUBLE_LEG_CALF_RAISE, Level.BEGINNER, 3)).isEqualTo(Dose.ofReps(2, 20));
        assertThat(LadderDose.exit(CatalogueDose.hold(20), Level.ADVANCED, 3)).isEqualTo(Dose.ofHold(3, 40));
    }

    @Test
    void supportWorkKeepsItsRoundsOnTheNewRungAndTakesNoLoad() {
        assertThat(LadderDose.entry(CatalogueDose.reps(12, 15), Level.ADVANCED, BlockPhase.PREPARE, 1))
                .isEqualTo(Dose.ofReps(1, 12));
        assertThat(LadderDose.entry(WEIGHTED_CALF_RAISE, Level.ADVANCED, BlockPhase.RECOVER, 2))
                .isEqualTo(Dose.ofReps(2, 12));
        assertThat(LadderDose.entry(WEIGHTED_CALF_RAISE, Level.ADVANCED, BlockPhase.STRENGTHEN, 2))
                .isEqualTo(new Dose(3, 12, null, 8.0));
        assertThat(LadderDose.exit(WEIGHTED_CALF_RAISE, Level.ADVANCED, BlockPhase.PREPARE, 4))
                .isEqualTo(Dose.ofReps(3, 15));
    }
}
