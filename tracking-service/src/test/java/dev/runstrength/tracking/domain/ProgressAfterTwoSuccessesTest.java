package dev.runstrength.tracking.domain;

import org.junit.jupiter.api.Test;

import static dev.runstrength.tracking.domain.Histories.change;
import static dev.runstrength.tracking.domain.Histories.day;
import static dev.runstrength.tracking.domain.Histories.holds;
import static dev.runstrength.tracking.domain.Histories.loaded;
import static dev.runstrength.tracking.domain.Histories.plan;
import static dev.runstrength.tracking.domain.Histories.planned;
import static dev.runstrength.tracking.domain.Histories.replay;
import static dev.runstrength.tracking.domain.Histories.reps;
import static dev.runstrength.tracking.domain.Histories.second;
import static org.assertj.core.api.Assertions.assertThat;

class ProgressAfterTwoSuccessesTest {

    @Test
    void twoSuccessesTheLastAtRpe7AddAREp() {
        Change change = second(RunnerLevel.INTERMEDIATE, Prescription.ofReps("glute-bridge", 3, 12),
                reps("glute-bridge", 7.0, 12, 12, 12));

        assertThat(change.decision()).isEqualTo(Decision.PROGRESS);
        assertThat(change.to()).isEqualTo(Prescription.ofReps("glute-bridge", 3, 13));
        assertThat(change.reason()).isEqualTo("Two strong sessions in a row (all sets at target, RPE 7): reps 12 -> 13.");
        assertThat(change.rule()).isEqualTo(ProgressAfterTwoSuccesses.NAME);
    }

    @Test
    void theLastAtRpe75HoldsUntilItFeelsEasier() {
        Change change = second(RunnerLevel.INTERMEDIATE, Prescription.ofReps("glute-bridge", 3, 12),
                reps("glute-bridge", 7.0, 12, 12, 12), reps("glute-bridge", 7.5, 12, 12, 12));

        assertThat(change.decision()).isEqualTo(Decision.HOLD);
        assertThat(change.reason()).isEqualTo("Two good sessions in a row, but the last was not comfortable"
                + " (all sets at target, RPE 7.5): keep 3 x 12 until it feels like RPE 7 or you beat the target by 2 reps.");
    }

    @Test
    void oneEasySuccessIsNotEnough() {
        PlanView plan = plan(RunnerLevel.INTERMEDIATE, 1, 2, Prescription.ofReps("glute-bridge", 3, 12));
        Replay replay = replay(plan, planned("w1", day(0), "p1", "s1", reps("glute-bridge", 5.0, 15, 15, 15)));

        Change change = change(replay, "w1", "glute-bridge");
        assertThat(change.decision()).isEqualTo(Decision.HOLD);
        assertThat(change.reason()).isEqualTo("Strong session (all sets at target, RPE 5, 3 reps to spare): keep 3 x 12;"
                + " one more like it moves you up.");
    }

    @Test
    void aThirdSuccessAtRpe7ProgressesAfterAHardSecond() {
        PlanView plan = plan(RunnerLevel.INTERMEDIATE, 3, 2, Prescription.ofReps("glute-bridge", 3, 12));
        Replay replay = replay(plan,
                planned("w1", day(0), "p1", "s1", reps("glute-bridge", 7.0, 12, 12, 12)),
                planned("w2", day(2), "p1", "s2", reps("glute-bridge", 8.0, 12, 12, 12)),
                planned("w3", day(4), "p1", "s3", reps("glute-bridge", 7.0, 12, 12, 12)));

        assertThat(change(replay, "w2", "glute-bridge").decision()).isEqualTo(Decision.HOLD);
        assertThat(change(replay, "w3", "glute-bridge").decision()).isEqualTo(Decision.PROGRESS);
    }

    @Test
    void twoRepsToSpareWithoutRpeAddTwoRepsAndOneRepToSpareHolds() {
        Prescription twelve = Prescription.ofReps("glute-bridge", 3, 12);

        Change spareTwo = second(RunnerLevel.INTERMEDIATE, twelve, reps("glute-bridge", 14, 14, 14));
        Change spareOne = second(RunnerLevel.INTERMEDIATE, twelve, reps("glute-bridge", 13, 13, 13));

        assertThat(spareTwo.decision()).isEqualTo(Decision.PROGRESS);
        assertThat(spareTwo.to().reps()).isEqualTo(14);
        assertThat(spareTwo.reason()).isEqualTo("Two strong sessions in a row (all sets at target, 2 reps to spare): reps 12 -> 14.");
        assertThat(spareOne.decision()).isEqualTo(Decision.HOLD);
    }

    @Test
    void repsNeverPassTheTopOfTheRange() {
        Change change = second(RunnerLevel.INTERMEDIATE, Prescription.ofReps("glute-bridge", 3, 14),
                reps("glute-bridge", 16, 16, 16));

        assertThat(change.to().reps()).isEqualTo(15);
    }

    @Test
    void atTheTopALoadableExerciseAddsAboutFivePercentAndDropsRepsToTheBottom() {
        Prescription top = new Prescription("goblet-squat", 3, 12, null, 40.0);
        Change change = second(RunnerLevel.INTERMEDIATE, top, loaded("goblet-squat", 40.0, 7.0, 12, 12, 12));

        assertThat(change.decision()).isEqualTo(Decision.PROGRESS);
        assertThat(change.to()).isEqualTo(new Prescription("goblet-squat", 3, 8, null, 42.0));
        assertThat(change.reason()).endsWith(": load 40 kg -> 42 kg, reps back to 8.");
    }

    @Test
    void aLightLoadStillGoesUpByTheImplementsSmallestStepAndNoLoadStartsAtItsLightest() {
        Change light = second(RunnerLevel.INTERMEDIATE, new Prescription("goblet-squat", 3, 12, null, 10.0),
                loaded("goblet-squat", 10.0, 7.0, 12, 12, 12));
        Change bodyWeight = second(RunnerLevel.INTERMEDIATE, Prescription.ofReps("goblet-squat", 3, 12),
                reps("goblet-squat", 7.0, 12, 12, 12));

        // goblet squat with dumbbells: 5 % of 10 kg is less than the 2 kg between dumbbells
        assertThat(light.to().loadKg()).isEqualTo(12.0);
        assertThat(bodyWeight.to().loadKg()).isEqualTo(2.0);
        assertThat(bodyWeight.reason()).endsWith(": load body weight -> 2 kg, reps back to 8.");
    }

    @Test
    void atTheTopABodyWeightExerciseMovesToTheNearestHarderRungAtItsEntryDose() {
        Change beginner = second(RunnerLevel.BEGINNER, Prescription.ofReps("glute-bridge", 2, 15),
                reps("glute-bridge", 7.0, 15, 15));
        Change intermediate = second(RunnerLevel.INTERMEDIATE, Prescription.ofReps("glute-bridge", 3, 15),
                reps("glute-bridge", 7.0, 15, 15, 15));

        assertThat(beginner.to()).isEqualTo(Prescription.ofReps("single-leg-glute-bridge", 2, 8));
        assertThat(beginner.reason()).endsWith(": move up to Single-leg glute bridge at 2 x 8.");
        assertThat(intermediate.to()).isEqualTo(Prescription.ofReps("single-leg-glute-bridge", 3, 8));
    }

    @Test
    void theNextWeightedRungStartsWithTheLightestDumbbellOrForAnAdvancedRunnerTheCatalogueLoad() {
        Change intermediate = second(RunnerLevel.INTERMEDIATE, Prescription.ofReps("single-leg-calf-raise", 3, 15),
                reps("single-leg-calf-raise", 7.0, 15, 15, 15));
        Change advanced = second(RunnerLevel.ADVANCED, Prescription.ofReps("single-leg-calf-raise", 3, 15),
                reps("single-leg-calf-raise", 7.0, 15, 15, 15));

        assertThat(intermediate.to()).isEqualTo(new Prescription("weighted-single-leg-calf-raise", 3, 10, null, 2.0));
        assertThat(advanced.to()).isEqualTo(new Prescription("weighted-single-leg-calf-raise", 3, 10, null, 4.0));
    }

    @Test
    void aRungAboveTheRunnersLevelOrRetiredIsNotSkippedToOneSetMoreInsteadUpToTheLevelsSets() {
        Change aboveLevel = second(RunnerLevel.BEGINNER, Prescription.ofReps("single-leg-calf-raise", 1, 15),
                reps("single-leg-calf-raise", 7.0, 15));
        Change retired = second(RunnerLevel.INTERMEDIATE, Prescription.ofReps("split-squat", 2, 15),
                reps("split-squat", 7.0, 15, 15));

        assertThat(aboveLevel.to()).isEqualTo(Prescription.ofReps("single-leg-calf-raise", 2, 15));
        assertThat(aboveLevel.reason()).endsWith(": sets 1 -> 2 (no harder variation open to you yet).");
        assertThat(retired.to()).isEqualTo(Prescription.ofReps("split-squat", 3, 15));
    }

    @Test
    void noSetBeyondTheLevelsTheBeginnersTwoAndTheOthersThree() {
        Change beginner = second(RunnerLevel.BEGINNER, Prescription.ofReps("single-leg-calf-raise", 2, 15),
                reps("single-leg-calf-raise", 7.0, 15, 15));
        Change intermediate = second(RunnerLevel.INTERMEDIATE, Prescription.ofReps("split-squat", 3, 15),
                reps("split-squat", 7.0, 15, 15, 15));

        assertThat(beginner.decision()).isEqualTo(Decision.HOLD);
        assertThat(beginner.to()).isEqualTo(Prescription.ofReps("single-leg-calf-raise", 2, 15));
        assertThat(beginner.reason()).endsWith("2 x 15 is the top of this ladder: keep it.");
        assertThat(intermediate.decision()).isEqualTo(Decision.HOLD);
        assertThat(intermediate.to()).isEqualTo(Prescription.ofReps("split-squat", 3, 15));
    }

    @Test
    void theTopOfALadderAtFourSetsHolds() {
        Change change = second(RunnerLevel.ADVANCED, Prescription.ofReps("nordic-hamstring-curl", 4, 8),
                reps("nordic-hamstring-curl", 7.0, 8, 8, 8, 8));

        assertThat(change.decision()).isEqualTo(Decision.HOLD);
        assertThat(change.reason()).isEqualTo("Two strong sessions in a row (all sets at target, RPE 7), and 4 x 8"
                + " is the top of this ladder: keep it. Your plan carries it on as 3 x 8.");
        assertThat(change.to()).isEqualTo(Prescription.ofReps("nordic-hamstring-curl", 3, 8));
    }

    @Test
    void holdsGrowFiveSecondsUpToTwiceTheCatalogueHoldThenMoveUpTheLadder() {
        Change grow = second(RunnerLevel.ADVANCED, Prescription.ofHold("side-plank", 3, 30),
                holds("side-plank", 7.0, 30, 30, 30));
        Change capped = second(RunnerLevel.ADVANCED, Prescription.ofHold("side-plank", 3, 60),
                holds("side-plank", 7.0, 60, 60, 60));

        assertThat(grow.to()).isEqualTo(Prescription.ofHold("side-plank", 3, 35));
        assertThat(grow.reason()).endsWith(": hold 30 s -> 35 s.");
        // entry at the bottom of the next rung's hold range: two thirds of its 20 s, rounded to 5 s
        assertThat(capped.to()).isEqualTo(Prescription.ofHold("side-plank-abductor-hold", 3, 15));
    }

    @Test
    void aHoldNeedsFiveSecondsToSpareWithoutRpe() {
        PerformedExercise fiveOver = PerformedExercise.done("side-plank", java.util.List.of(
                PerformedSet.hold(35), PerformedSet.hold(35), PerformedSet.hold(35)));
        PerformedExercise fourOver = PerformedExercise.done("side-plank", java.util.List.of(
                PerformedSet.hold(34), PerformedSet.hold(34), PerformedSet.hold(34)));

        assertThat(second(RunnerLevel.ADVANCED, Prescription.ofHold("side-plank", 3, 30), fiveOver).decision())
                .isEqualTo(Decision.PROGRESS);
        assertThat(second(RunnerLevel.ADVANCED, Prescription.ofHold("side-plank", 3, 30), fourOver).decision())
                .isEqualTo(Decision.HOLD);
    }
}
