package dev.runstrength.dose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DoseStepsTest {

    private static final CatalogueDose BRIDGE = CatalogueDose.reps(10, 15);
    private static final CatalogueDose CALF_RAISE = CatalogueDose.reps(12, 15).loadedWith(Implement.DUMBBELLS, 8.0);
    private static final CatalogueDose PLANK = CatalogueDose.hold(30);

    @Test
    void repsClimbOneOrTwoAtATimeAndStopAtTheTop() {
        assertThat(DoseSteps.harder(BRIDGE, Dose.ofReps(3, 12), 1, Level.INTERMEDIATE, BlockPhase.STRENGTHEN)).contains(Dose.ofReps(3, 13));
        assertThat(DoseSteps.harder(BRIDGE, Dose.ofReps(3, 12), 2, Level.INTERMEDIATE, BlockPhase.STRENGTHEN)).contains(Dose.ofReps(3, 14));
        assertThat(DoseSteps.harder(BRIDGE, Dose.ofReps(3, 14), 2, Level.INTERMEDIATE, BlockPhase.STRENGTHEN)).contains(Dose.ofReps(3, 15));
        assertThat(DoseSteps.harder(BRIDGE, Dose.ofReps(3, 15), 1, Level.ADVANCED, BlockPhase.STRENGTHEN)).isEmpty();
    }

    @Test
    void aDoseBelowTheRangeStepsIntoIt() {
        assertThat(DoseSteps.harder(BRIDGE, Dose.ofReps(2, 6), 1, Level.BEGINNER, BlockPhase.STRENGTHEN)).contains(Dose.ofReps(2, 10));
    }

    @Test
    void atTheTopLoadGoesUpOneRealStepWithRepsBackToTheBottom() {
        assertThat(DoseSteps.harder(CALF_RAISE, new Dose(3, 15, null, 8.0), 1, Level.ADVANCED, BlockPhase.STRENGTHEN))
                .contains(new Dose(3, 12, null, 10.0));
        assertThat(DoseSteps.harder(CALF_RAISE, Dose.ofReps(3, 15), 1, Level.INTERMEDIATE, BlockPhase.STRENGTHEN))
                .contains(new Dose(3, 12, null, 2.0));
    }

    @Test
    void aBeginnerNeverGainsLoad() {
        assertThat(DoseSteps.takesLoad(CALF_RAISE, Level.BEGINNER)).isFalse();
        assertThat(DoseSteps.takesLoad(CALF_RAISE, Level.INTERMEDIATE)).isTrue();
        assertThat(DoseSteps.harder(CALF_RAISE, Dose.ofReps(2, 15), 1, Level.BEGINNER, BlockPhase.STRENGTHEN)).isEmpty();
    }

    @Test
    void supportWorkNeverGainsLoad() {
        assertThat(DoseSteps.takesLoad(CALF_RAISE, Level.ADVANCED, BlockPhase.PREPARE)).isFalse();
        assertThat(DoseSteps.harder(CALF_RAISE, Dose.ofReps(2, 15), 1, Level.ADVANCED, BlockPhase.PREPARE)).isEmpty();
    }

    @Test
    void holdsGrowFiveSecondsUpToTwiceTheReference() {
        assertThat(DoseSteps.harder(PLANK, Dose.ofHold(3, 30), 2, Level.INTERMEDIATE, BlockPhase.STRENGTHEN)).contains(Dose.ofHold(3, 35));
        assertThat(DoseSteps.harder(PLANK, Dose.ofHold(3, 58), 1, Level.INTERMEDIATE, BlockPhase.STRENGTHEN)).contains(Dose.ofHold(3, 60));
        assertThat(DoseSteps.harder(PLANK, Dose.ofHold(3, 60), 1, Level.INTERMEDIATE, BlockPhase.STRENGTHEN)).isEmpty();
    }

    @Test
    void easierIsTheMirror() {
        assertThat(DoseSteps.easier(BRIDGE, Dose.ofReps(3, 12), 1)).contains(Dose.ofReps(3, 11));
        assertThat(DoseSteps.easier(BRIDGE, Dose.ofReps(3, 10), 1)).isEmpty();
        assertThat(DoseSteps.easier(PLANK, Dose.ofHold(3, 40), 1)).contains(Dose.ofHold(3, 35));
        assertThat(DoseSteps.easier(PLANK, Dose.ofHold(3, 20), 1)).isEmpty();
        assertThat(DoseSteps.easier(CALF_RAISE, new Dose(3, 12, null, 10.0), 1)).contains(new Dose(3, 15, null, 8.0));
        assertThat(DoseSteps.easier(CALF_RAISE, new Dose(3, 12, null, 2.0), 1)).contains(Dose.ofReps(3, 15));
    }

    @Test
    void aSetMoreOnlyForStrengthWorkBelowTheLevelsSets() {
        assertThat(DoseSteps.oneSetMore(Dose.ofReps(1, 10), Level.BEGINNER, BlockPhase.STRENGTHEN)).contains(Dose.ofReps(2, 10));
        assertThat(DoseSteps.oneSetMore(Dose.ofReps(2, 10), Level.BEGINNER, BlockPhase.STRENGTHEN)).isEmpty();
        assertThat(DoseSteps.oneSetMore(Dose.ofReps(2, 10), Level.INTERMEDIATE, BlockPhase.STRENGTHEN)).contains(Dose.ofReps(3, 10));
        assertThat(DoseSteps.oneSetMore(Dose.ofReps(3, 10), Level.ADVANCED, BlockPhase.STRENGTHEN)).isEmpty();
        assertThat(DoseSteps.oneSetMore(Dose.ofReps(1, 10), Level.ADVANCED, BlockPhase.PREPARE)).isEmpty();
        assertThat(DoseSteps.oneSetMore(Dose.ofHold(1, 30), Level.ADVANCED, BlockPhase.RECOVER)).isEmpty();
        assertThat(DoseSteps.oneSetFewer(Dose.ofReps(2, 10))).contains(Dose.ofReps(1, 10));
        assertThat(DoseSteps.oneSetFewer(Dose.ofReps(1, 10))).isEmpty();
    }
}
