package dev.runstrength.tracking.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.runstrength.tracking.domain.Histories.holds;
import static dev.runstrength.tracking.domain.Histories.reps;
import static org.assertj.core.api.Assertions.assertThat;

class SessionSuccessTest {

    private static final Prescription THREE_BY_TWELVE = Prescription.ofReps("glute-bridge", 3, 12);

    @Test
    void everySetAtTargetAndRpe8IsASuccess() {
        SessionOutcome outcome = SessionSuccess.judge(THREE_BY_TWELVE, reps("glute-bridge", 8.0, 12, 12, 12), false);

        assertThat(outcome.success()).isTrue();
        assertThat(outcome.failure()).isFalse();
        assertThat(outcome.setsMissed()).isZero();
    }

    @Test
    void rpeJustAbove8IsNoSuccessAndNoFailure() {
        SessionOutcome outcome = SessionSuccess.judge(THREE_BY_TWELVE, reps("glute-bridge", 8.5, 12, 12, 12), false);

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.failure()).isFalse();
    }

    @Test
    void noRpeGivenStillCountsAsSuccess() {
        assertThat(SessionSuccess.judge(THREE_BY_TWELVE, reps("glute-bridge", 12, 13, 12), false).success()).isTrue();
    }

    @Test
    void oneMissedSetIsNeitherTwoAreAFailure() {
        SessionOutcome oneMissed = SessionSuccess.judge(THREE_BY_TWELVE, reps("glute-bridge", 12, 12, 11), false);
        SessionOutcome twoMissed = SessionSuccess.judge(THREE_BY_TWELVE, reps("glute-bridge", 12, 11, 11), false);

        assertThat(oneMissed.success()).isFalse();
        assertThat(oneMissed.failure()).isFalse();
        assertThat(oneMissed.setsMissed()).isEqualTo(1);
        assertThat(twoMissed.failure()).isTrue();
        assertThat(twoMissed.setsMissed()).isEqualTo(2);
    }

    @Test
    void setsNotDoneAtAllAreMissed() {
        SessionOutcome outcome = SessionSuccess.judge(THREE_BY_TWELVE, reps("glute-bridge", 12), false);

        assertThat(outcome.setsMissed()).isEqualTo(2);
        assertThat(outcome.failure()).isTrue();
    }

    @Test
    void extraSetsNeverHurtTheBestOnesCount() {
        SessionOutcome outcome = SessionSuccess.judge(THREE_BY_TWELVE, reps("glute-bridge", 5, 12, 14, 12), false);

        assertThat(outcome.success()).isTrue();
        assertThat(outcome.spare()).isZero();
    }

    @Test
    void rpe95IsAFailureEvenWithEveryRepMadeAnd9IsNot() {
        assertThat(SessionSuccess.judge(THREE_BY_TWELVE, reps("glute-bridge", 9.5, 12, 12, 12), false).failure()).isTrue();
        assertThat(SessionSuccess.judge(THREE_BY_TWELVE, reps("glute-bridge", 9.0, 12, 12, 12), false).failure()).isFalse();
    }

    @Test
    void perSideTheWeakerSideDecidesAndBothSetsCountForEachSide() {
        Prescription perSide = Prescription.ofReps("single-leg-calf-raise", 3, 12);
        PerformedExercise leftShort = PerformedExercise.done("single-leg-calf-raise", List.of(
                PerformedSet.reps(12).onSide(Side.LEFT), PerformedSet.reps(12).onSide(Side.LEFT),
                PerformedSet.reps(10).onSide(Side.LEFT),
                PerformedSet.reps(12).onSide(Side.RIGHT), PerformedSet.reps(12).onSide(Side.RIGHT),
                PerformedSet.reps(12).onSide(Side.RIGHT)));
        PerformedExercise bothAndRight = PerformedExercise.done("single-leg-calf-raise", List.of(
                PerformedSet.reps(12), PerformedSet.reps(12),
                PerformedSet.reps(12).onSide(Side.LEFT), PerformedSet.reps(12).onSide(Side.RIGHT)));

        SessionOutcome weakLeft = SessionSuccess.judge(perSide, leftShort, true);
        assertThat(weakLeft.setsMet()).isEqualTo(2);
        assertThat(weakLeft.setsMissed()).isEqualTo(1);
        assertThat(SessionSuccess.judge(perSide, bothAndRight, true).success()).isTrue();
    }

    @Test
    void perSideWithOnlyOneSideRecordedMissesTheOtherSide() {
        Prescription perSide = Prescription.ofReps("single-leg-calf-raise", 2, 12);
        PerformedExercise leftOnly = PerformedExercise.done("single-leg-calf-raise", List.of(
                PerformedSet.reps(12).onSide(Side.LEFT), PerformedSet.reps(12).onSide(Side.LEFT)));

        assertThat(SessionSuccess.judge(perSide, leftOnly, true).failure()).isTrue();
        assertThat(SessionSuccess.judge(perSide, leftOnly, false).success()).isTrue();
    }

    @Test
    void holdsAreJudgedInSeconds() {
        Prescription hold = Prescription.ofHold("side-plank", 2, 30);

        assertThat(SessionSuccess.judge(hold, holds("side-plank", 6, 30, 31), false).success()).isTrue();
        assertThat(SessionSuccess.judge(hold, holds("side-plank", 6, 30, 29), false).success()).isFalse();
        assertThat(SessionSuccess.judge(hold, holds("side-plank", 6, 35, 36), false).spare()).isEqualTo(5);
    }
}
