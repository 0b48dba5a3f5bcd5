package dev.runstrength.dose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrescribableTest {

    private static final CatalogueDose LUNGE = CatalogueDose.reps(8, 10);
    private static final CatalogueDose WEIGHTED = CatalogueDose.reps(10, 15).loadedWith(Implement.DUMBBELLS, 12.0);
    private static final CatalogueDose PLANK = CatalogueDose.hold(30);

    private static boolean fits(CatalogueDose c, Level level, BlockPhase phase, Dose dose) {
        return Prescribable.fits(c, level, phase, dose);
    }

    @Test
    void setsUpToTheLevelsForStrengthWorkAndFourRoundsForSupportWork() {
        assertThat(fits(LUNGE, Level.BEGINNER, BlockPhase.STRENGTHEN, Dose.ofReps(2, 8))).isTrue();
        assertThat(fits(LUNGE, Level.BEGINNER, BlockPhase.STRENGTHEN, Dose.ofReps(3, 8))).isFalse();
        assertThat(fits(LUNGE, Level.ADVANCED, BlockPhase.STRENGTHEN, Dose.ofReps(3, 8))).isTrue();
        assertThat(fits(LUNGE, Level.ADVANCED, BlockPhase.STRENGTHEN, Dose.ofReps(4, 8))).isFalse();
        assertThat(fits(LUNGE, Level.BEGINNER, BlockPhase.PREPARE, Dose.ofReps(4, 8))).isTrue();
        assertThat(fits(LUNGE, Level.BEGINNER, BlockPhase.PREPARE, Dose.ofReps(5, 8))).isFalse();
    }

    @Test
    void amountsWithinTheRangeForStrengthWorkAndTheSupportSpanOtherwise() {
        assertThat(fits(LUNGE, Level.BEGINNER, BlockPhase.STRENGTHEN, Dose.ofReps(2, 10))).isTrue();
        assertThat(fits(LUNGE, Level.BEGINNER, BlockPhase.STRENGTHEN, Dose.ofReps(2, 11))).isFalse();
        assertThat(fits(LUNGE, Level.BEGINNER, BlockPhase.STRENGTHEN, Dose.ofReps(2, 7))).isFalse();
        assertThat(fits(LUNGE, Level.BEGINNER, BlockPhase.RECOVER, Dose.ofReps(2, 4))).isTrue();
        assertThat(fits(LUNGE, Level.BEGINNER, BlockPhase.RECOVER, Dose.ofReps(2, 3))).isFalse();
        assertThat(fits(PLANK, Level.BEGINNER, BlockPhase.STRENGTHEN, Dose.ofHold(2, 20))).isTrue();
        assertThat(fits(PLANK, Level.BEGINNER, BlockPhase.STRENGTHEN, Dose.ofHold(2, 60))).isTrue();
        assertThat(fits(PLANK, Level.BEGINNER, BlockPhase.STRENGTHEN, Dose.ofHold(2, 19))).isFalse();
        assertThat(fits(PLANK, Level.BEGINNER, BlockPhase.STRENGTHEN, Dose.ofHold(2, 65))).isFalse();
        assertThat(fits(PLANK, Level.BEGINNER, BlockPhase.STRENGTHEN, Dose.ofReps(2, 30))).isFalse();
    }

    @Test
    void loadsOnlyWhereTheExerciseAndLevelTakeThemAndOnlyRealOnes() {
        assertThat(fits(WEIGHTED, Level.INTERMEDIATE, BlockPhase.STRENGTHEN, new Dose(3, 12, null, 2.0))).isTrue();
        assertThat(fits(WEIGHTED, Level.ADVANCED, BlockPhase.STRENGTHEN, new Dose(3, 15, null, 12.0))).isTrue();
        assertThat(fits(WEIGHTED, Level.ADVANCED, BlockPhase.STRENGTHEN, new Dose(3, 15, null, 13.0))).isFalse();
        assertThat(fits(WEIGHTED, Level.ADVANCED, BlockPhase.STRENGTHEN, new Dose(3, 15, null, 12.5))).isFalse();
        assertThat(fits(WEIGHTED, Level.BEGINNER, BlockPhase.STRENGTHEN, new Dose(2, 10, null, 2.0))).isFalse();
        assertThat(fits(LUNGE, Level.ADVANCED, BlockPhase.STRENGTHEN, new Dose(3, 10, null, 2.0))).isFalse();
        assertThat(fits(WEIGHTED, Level.ADVANCED, BlockPhase.PREPARE, new Dose(3, 10, null, 2.0))).isFalse();
        assertThat(Prescribable.problems(WEIGHTED, Level.ADVANCED, BlockPhase.STRENGTHEN, new Dose(4, 16, null, 13.0)))
                .containsExactly("4 sets, more than 3", "16 reps outside 10-15", "13.0 kg is no load DUMBBELLS come in");
    }

    @Test
    void fitMovesADoseToTheNearestPrescribableOne() {
        assertThat(Prescribable.fit(LUNGE, Level.INTERMEDIATE, BlockPhase.STRENGTHEN, Dose.ofReps(2, 6)))
                .contains(Dose.ofReps(2, 8));
        assertThat(Prescribable.fit(LUNGE, Level.BEGINNER, BlockPhase.STRENGTHEN, Dose.ofReps(4, 12)))
                .contains(Dose.ofReps(2, 10));
        assertThat(Prescribable.fit(WEIGHTED, Level.ADVANCED, BlockPhase.STRENGTHEN, new Dose(3, 12, null, 13.0)))
                .contains(new Dose(3, 12, null, 12.0));
        assertThat(Prescribable.fit(WEIGHTED, Level.ADVANCED, BlockPhase.STRENGTHEN, new Dose(3, 12, null, 1.0)))
                .contains(Dose.ofReps(3, 12));
        assertThat(Prescribable.fit(WEIGHTED, Level.BEGINNER, BlockPhase.STRENGTHEN, new Dose(2, 12, null, 4.0)))
                .contains(Dose.ofReps(2, 12));
        assertThat(Prescribable.fit(PLANK, Level.BEGINNER, BlockPhase.STRENGTHEN, Dose.ofReps(2, 12))).isEmpty();
        assertThat(Prescribable.fit(PLANK, Level.BEGINNER, BlockPhase.RECOVER, Dose.ofHold(1, 10)))
                .contains(Dose.ofHold(1, 15));
    }
}
