package dev.runstrength.tracking.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.runstrength.tracking.domain.Histories.START;
import static dev.runstrength.tracking.domain.Histories.change;
import static dev.runstrength.tracking.domain.Histories.date;
import static dev.runstrength.tracking.domain.Histories.day;
import static dev.runstrength.tracking.domain.Histories.plan;
import static dev.runstrength.tracking.domain.Histories.planned;
import static dev.runstrength.tracking.domain.Histories.replay;
import static dev.runstrength.tracking.domain.Histories.reps;
import static dev.runstrength.tracking.domain.Histories.workout;
import static org.assertj.core.api.Assertions.assertThat;

class PrescriptionToJudgeTest {

    private static final ExerciseInfo BRIDGE = Histories.CATALOGUE.find("glute-bridge").orElseThrow();
    private static final ExerciseInfo PLANK = Histories.CATALOGUE.find("side-plank").orElseThrow();

    @Test
    void levelDefaultsFollowTheRangeAsThePlannerDoses() {
        assertThat(PrescriptionToJudge.levelDefault(BRIDGE, RunnerLevel.BEGINNER)).isEqualTo(Prescription.ofReps("glute-bridge", 2, 10));
        assertThat(PrescriptionToJudge.levelDefault(BRIDGE, RunnerLevel.INTERMEDIATE)).isEqualTo(Prescription.ofReps("glute-bridge", 3, 12));
        assertThat(PrescriptionToJudge.levelDefault(BRIDGE, RunnerLevel.ADVANCED)).isEqualTo(Prescription.ofReps("glute-bridge", 3, 15));
        // the catalogue's 30 s sits mid-range: 2/3 of it for a beginner, 4/3 for an advanced runner
        assertThat(PrescriptionToJudge.levelDefault(PLANK, RunnerLevel.BEGINNER)).isEqualTo(Prescription.ofHold("side-plank", 2, 20));
        assertThat(PrescriptionToJudge.levelDefault(PLANK, RunnerLevel.INTERMEDIATE)).isEqualTo(Prescription.ofHold("side-plank", 3, 30));
        assertThat(PrescriptionToJudge.levelDefault(PLANK, RunnerLevel.ADVANCED)).isEqualTo(Prescription.ofHold("side-plank", 3, 40));
    }

    @Test
    void onlyAdvancedRunnersStartWithTheCatalogueLoad() {
        ExerciseInfo squat = Histories.CATALOGUE.find("goblet-squat").orElseThrow();

        assertThat(PrescriptionToJudge.levelDefault(squat, RunnerLevel.BEGINNER).loadKg()).isNull();
        assertThat(PrescriptionToJudge.levelDefault(squat, RunnerLevel.INTERMEDIATE).loadKg()).isNull();
        assertThat(PrescriptionToJudge.levelDefault(squat, RunnerLevel.ADVANCED).loadKg()).isEqualTo(8.0);
    }

    @Test
    void thePlannedSessionsPrescriptionComesFirst() {
        PlanView plan = plan(RunnerLevel.BEGINNER, 1, 2, Prescription.ofReps("glute-bridge", 3, 14));
        Replay replay = replay(plan, planned("w1", day(0), "p1", "s1", reps("glute-bridge", 10, 10)));

        assertThat(change(replay, "w1", "glute-bridge").from()).isEqualTo(Prescription.ofReps("glute-bridge", 3, 14));
    }

    @Test
    void thenTheCurrentPrescriptionThenTheLevelDefault() {
        PlanView plan = new PlanView("p1", START.minus(Duration.ofDays(1)), RunnerLevel.INTERMEDIATE, date(0), List.of(
                new PlannedSession("p1", "s1", date(4), List.of(Prescription.ofReps("goblet-squat", 3, 9)))));
        Replay replay = replay(plan,
                workout("w1", day(0), reps("glute-bridge", 6.0, 12, 12, 12)),
                workout("w2", day(2), reps("glute-bridge", 6.0, 12, 12, 12)),
                planned("w3", day(4), "p1", "s1", reps("glute-bridge", 13, 13, 13)));

        assertThat(change(replay, "w1", "glute-bridge").from())
                .as("no prescription yet: the INTERMEDIATE default of the current plan's level")
                .isEqualTo(Prescription.ofReps("glute-bridge", 3, 12));
        assertThat(change(replay, "w2", "glute-bridge").to()).isEqualTo(Prescription.ofReps("glute-bridge", 3, 13));
        assertThat(change(replay, "w3", "glute-bridge").from())
                .as("the session has no glute bridge: the runner's current one")
                .isEqualTo(Prescription.ofReps("glute-bridge", 3, 13));
    }

    @Test
    void theLevelIsBeginnerWithoutAPlan() {
        Replay replay = replay(workout("w1", day(0), reps("glute-bridge", 15, 15, 15)));

        assertThat(change(replay, "w1", "glute-bridge").from()).isEqualTo(Prescription.ofReps("glute-bridge", 2, 10));
    }

    @Test
    void aPlannedPrescriptionInTheWrongUnitIsPassedOver() {
        PlanView plan = plan(RunnerLevel.BEGINNER, 1, 2, Prescription.ofReps("side-plank", 3, 12));
        Replay replay = replay(plan, planned("w1", day(0), "p1", "s1", Histories.holds("side-plank", 6.0, 30, 30)));

        assertThat(change(replay, "w1", "side-plank").from()).isEqualTo(Prescription.ofHold("side-plank", 2, 20));
    }

    @Test
    void anUnknownExerciseIsReportedNotChanged() {
        Replay replay = replay(workout("w1", day(0), reps("moon-walk", 10), reps("glute-bridge", 10, 10)));

        ProgressionUpdate update = replay.updates().get("w1");
        assertThat(update.unknownExercises()).containsExactly("moon-walk");
        assertThat(update.changes()).extracting(Change::exerciseId).containsExactly("glute-bridge");
        assertThat(replay.finalState().exercise("moon-walk")).isEmpty();
    }

    @Test
    void aLadderMoveSeedsTheNewRungSoAnUnplannedWorkoutOfItIsJudgedFromTheEntryDose() {
        PlanView plan = plan(RunnerLevel.BEGINNER, 2, 2, Prescription.ofReps("glute-bridge", 2, 15));
        Replay replay = replay(plan,
                planned("w1", day(0), "p1", "s1", reps("glute-bridge", 6.0, 15, 15)),
                planned("w2", day(2), "p1", "s2", reps("glute-bridge", 6.0, 15, 15)),
                workout("w3", day(4), reps("single-leg-glute-bridge", 8, 8)));

        assertThat(change(replay, "w3", "single-leg-glute-bridge").from())
                .isEqualTo(Prescription.ofReps("single-leg-glute-bridge", 2, 8));
        assertThat(replay.finalState().exercise("glute-bridge").orElseThrow().current().exerciseId())
                .isEqualTo("single-leg-glute-bridge");
    }
}
