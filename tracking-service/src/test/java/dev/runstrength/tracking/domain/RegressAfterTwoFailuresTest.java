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

class RegressAfterTwoFailuresTest {

    @Test
    void twoSessionsMissingTwoSetsTakeARepOff() {
        Change change = second(RunnerLevel.INTERMEDIATE, Prescription.ofReps("glute-bridge", 3, 12),
                reps("glute-bridge", 12, 10, 9));

        assertThat(change.decision()).isEqualTo(Decision.REGRESS);
        assertThat(change.to()).isEqualTo(Prescription.ofReps("glute-bridge", 3, 11));
        assertThat(change.reason()).isEqualTo("Two tough sessions in a row (missed the target in 2 sets): reps 12 -> 11.");
        assertThat(change.rule()).isEqualTo(RegressAfterTwoFailures.NAME);
    }

    @Test
    void aSecondSessionMissingOnlyOneSetHolds() {
        Change change = second(RunnerLevel.INTERMEDIATE, Prescription.ofReps("glute-bridge", 3, 12),
                reps("glute-bridge", 12, 10, 9), reps("glute-bridge", 12, 12, 9));

        assertThat(change.decision()).isEqualTo(Decision.HOLD);
        assertThat(change.reason()).isEqualTo("Nearly there (missed the target in 1 set): keep 3 x 12.");
    }

    @Test
    void oneFailureAloneHoldsAndSaysWhatComesNext() {
        PlanView plan = plan(RunnerLevel.INTERMEDIATE, 1, 2, Prescription.ofReps("glute-bridge", 3, 12));
        Replay replay = replay(plan, planned("w1", day(0), "p1", "s1", reps("glute-bridge", 12, 10, 9)));

        Change change = change(replay, "w1", "glute-bridge");
        assertThat(change.decision()).isEqualTo(Decision.HOLD);
        assertThat(change.reason()).isEqualTo("Tough session (missed the target in 2 sets): keep 3 x 12;"
                + " a second one in a row steps back.");
    }

    @Test
    void failuresMustBeInARow() {
        PlanView plan = plan(RunnerLevel.INTERMEDIATE, 3, 2, Prescription.ofReps("glute-bridge", 3, 12));
        Replay replay = replay(plan,
                planned("w1", day(0), "p1", "s1", reps("glute-bridge", 12, 10, 9)),
                planned("w2", day(2), "p1", "s2", reps("glute-bridge", 12, 12, 12)),
                planned("w3", day(4), "p1", "s3", reps("glute-bridge", 12, 10, 9)));

        assertThat(change(replay, "w3", "glute-bridge").decision()).isEqualTo(Decision.HOLD);
    }

    @Test
    void rpe95TwiceRegressesAndRpe9TwiceDoesNot() {
        Prescription twelve = Prescription.ofReps("glute-bridge", 3, 12);

        Change hard = second(RunnerLevel.INTERMEDIATE, twelve, reps("glute-bridge", 9.5, 12, 12, 12));
        Change nearly = second(RunnerLevel.INTERMEDIATE, twelve, reps("glute-bridge", 9.0, 12, 12, 12));

        assertThat(hard.decision()).isEqualTo(Decision.REGRESS);
        assertThat(hard.reason()).isEqualTo("Two tough sessions in a row (RPE 9.5): reps 12 -> 11.");
        assertThat(nearly.decision()).isEqualTo(Decision.HOLD);
    }

    @Test
    void atTheBottomALoadedExerciseLosesAboutFivePercentAndRepsGoToTheTop() {
        Change change = second(RunnerLevel.INTERMEDIATE, new Prescription("goblet-squat", 3, 8, null, 40.0),
                loaded("goblet-squat", 40.0, 9.5, 8, 8, 8));

        assertThat(change.to()).isEqualTo(new Prescription("goblet-squat", 3, 12, null, 38.0));
        assertThat(change.reason()).endsWith(": load 40 kg -> 38 kg, reps up to 12.");
    }

    @Test
    void theEntryLoadComesOffEntirely() {
        Change change = second(RunnerLevel.INTERMEDIATE, new Prescription("goblet-squat", 3, 8, null, 2.0),
                loaded("goblet-squat", 2.0, 9.5, 8, 8, 8));

        assertThat(change.to()).isEqualTo(Prescription.ofReps("goblet-squat", 3, 12));
    }

    @Test
    void atTheBottomABodyWeightExerciseStepsBackToTheNearestEasierRungAtTheTopOfItsRange() {
        Change change = second(RunnerLevel.INTERMEDIATE, Prescription.ofReps("single-leg-calf-raise", 3, 12),
                reps("single-leg-calf-raise", 12, 8, 8));

        assertThat(change.decision()).isEqualTo(Decision.REGRESS);
        assertThat(change.to()).isEqualTo(Prescription.ofReps("double-leg-calf-raise", 3, 20));
        assertThat(change.reason()).endsWith(": step back to Double-leg calf raise at 3 x 20.");
    }

    @Test
    void withNoEasierRungASetComesOffAndAtOneSetItHolds() {
        Change threeSets = second(RunnerLevel.INTERMEDIATE, Prescription.ofReps("glute-bridge", 3, 10),
                reps("glute-bridge", 10, 5, 5));
        Change oneSet = second(RunnerLevel.INTERMEDIATE, Prescription.ofReps("glute-bridge", 1, 10),
                reps("glute-bridge", 9.5, 10));

        assertThat(threeSets.to()).isEqualTo(Prescription.ofReps("glute-bridge", 2, 10));
        assertThat(oneSet.decision()).isEqualTo(Decision.HOLD);
        assertThat(oneSet.reason()).isEqualTo("Two tough sessions in a row (RPE 9.5), and 1 x 10 is already the"
                + " easiest dose: keep it and take longer rests.");
    }

    @Test
    void holdsComeDownFiveSeconds() {
        Change change = second(RunnerLevel.INTERMEDIATE, Prescription.ofHold("side-plank", 3, 40),
                holds("side-plank", 9.5, 40, 40, 40));

        assertThat(change.to()).isEqualTo(Prescription.ofHold("side-plank", 3, 35));
    }
}
