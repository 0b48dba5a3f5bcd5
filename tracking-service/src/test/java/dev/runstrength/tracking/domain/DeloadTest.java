package dev.runstrength.tracking.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.runstrength.tracking.domain.Histories.change;
import static dev.runstrength.tracking.domain.Histories.day;
import static dev.runstrength.tracking.domain.Histories.flags;
import static dev.runstrength.tracking.domain.Histories.loaded;
import static dev.runstrength.tracking.domain.Histories.replay;
import static dev.runstrength.tracking.domain.Histories.reps;
import static dev.runstrength.tracking.domain.Histories.workout;
import static org.assertj.core.api.Assertions.assertThat;

class DeloadTest {

    @Test
    void fourteenDaysWithoutAWorkoutDeloadsEveryExerciseAndFlagsMissedSessions() {
        Replay replay = replay(
                workout("w1", day(0), reps("glute-bridge", 10, 10)),
                workout("w2", day(14), reps("glute-bridge", 10, 10), PerformedExercise.skippedExercise("goblet-squat")));

        assertThat(replay.updates().get("w2").changes()).extracting(Change::decision)
                .containsExactly(Decision.DELOAD, Decision.DELOAD);
        assertThat(change(replay, "w2", "glute-bridge").reason())
                .isEqualTo("No workout for 14 days: deload 2 x 10 -> 1 x 10, then build back up.");
        assertThat(flags(replay, "w2")).singleElement().satisfies(flag -> {
            assertThat(flag.type()).isEqualTo(FlagType.MISSED_SESSIONS);
            assertThat(flag.area()).isNull();
        });
    }

    @Test
    void thirteenDaysAnd23HoursIsNoDeload() {
        Replay replay = replay(
                workout("w1", day(0), reps("glute-bridge", 10, 10)),
                workout("w2", day(14).minus(Duration.ofHours(1)), reps("glute-bridge", 10, 10)));

        assertThat(change(replay, "w2", "glute-bridge").decision()).isNotEqualTo(Decision.DELOAD);
        assertThat(flags(replay, "w2")).isEmpty();
    }

    @Test
    void theFirstWorkoutNeverDeloads() {
        Replay replay = replay(workout("w1", day(100), reps("glute-bridge", 10, 10)));

        assertThat(change(replay, "w1", "glute-bridge").decision()).isEqualTo(Decision.HOLD);
    }

    @Test
    void sessionRpe9InTwoWorkoutsInARowDeloadsAndFlagsOverreaching() {
        Replay replay = replay(
                workout("w1", day(0), 9.0, reps("glute-bridge", 10, 10)),
                workout("w2", day(2), 9.5, reps("glute-bridge", 10, 10)));

        assertThat(change(replay, "w2", "glute-bridge").decision()).isEqualTo(Decision.DELOAD);
        assertThat(change(replay, "w2", "glute-bridge").reason()).isEqualTo("Two very hard sessions in a row"
                + " (session RPE 9 then 9.5): deload 2 x 10 -> 1 x 10, then build back up.");
        assertThat(flags(replay, "w2")).extracting(Flag::type).containsExactly(FlagType.OVERREACHING);
    }

    @Test
    void sessionRpe85BeforeOrAfterA9IsNoDeload() {
        Replay later = replay(
                workout("w1", day(0), 9.0, reps("glute-bridge", 10, 10)),
                workout("w2", day(2), 8.5, reps("glute-bridge", 10, 10)));
        Replay earlier = replay(
                workout("w1", day(0), 8.5, reps("glute-bridge", 10, 10)),
                workout("w2", day(2), 9.0, reps("glute-bridge", 10, 10)));
        Replay unknown = replay(
                workout("w1", day(0), 9.0, reps("glute-bridge", 10, 10)),
                workout("w2", day(2), (Double) null, reps("glute-bridge", 10, 10)),
                workout("w3", day(4), 9.0, reps("glute-bridge", 10, 10)));

        assertThat(change(later, "w2", "glute-bridge").decision()).isNotEqualTo(Decision.DELOAD);
        assertThat(change(earlier, "w2", "glute-bridge").decision()).isNotEqualTo(Decision.DELOAD);
        assertThat(change(unknown, "w3", "glute-bridge").decision()).isNotEqualTo(Decision.DELOAD);
    }

    @Test
    void theRunOfHardSessionsRestartsAfterADeload() {
        Replay replay = replay(
                workout("w1", day(0), 9.0, reps("glute-bridge", 10, 10)),
                workout("w2", day(2), 9.0, reps("glute-bridge", 10, 10)),
                workout("w3", day(4), 9.0, reps("glute-bridge", 10)),
                workout("w4", day(6), 9.0, reps("glute-bridge", 10)));

        assertThat(change(replay, "w3", "glute-bridge").decision()).isNotEqualTo(Decision.DELOAD);
        assertThat(change(replay, "w4", "glute-bridge").decision()).isEqualTo(Decision.DELOAD);
    }

    @Test
    void theDeloadDoseIsOneSetFewerRepsAtTheBottomAndTenPercentLessLoad() {
        Prescription from = new Prescription("goblet-squat", 3, 12, null, 20.0);
        ExerciseInfo squat = Histories.CATALOGUE.find("goblet-squat").orElseThrow();

        assertThat(DeloadDose.of(squat, from)).isEqualTo(new Prescription("goblet-squat", 2, 8, null, 18.0));
        assertThat(DeloadDose.of(squat, Prescription.ofReps("goblet-squat", 1, 6)))
                .isEqualTo(Prescription.ofReps("goblet-squat", 1, 6));
    }

    @Test
    void successCountingRestartsAfterADeload() {
        PerformedExercise easy = reps("glute-bridge", 6.0, 10, 10);
        Replay replay = replay(
                workout("w1", day(0), easy),
                workout("w2", day(20), easy),
                workout("w3", day(22), loaded("glute-bridge", 0, 6.0, 10)),
                workout("w4", day(24), loaded("glute-bridge", 0, 6.0, 10)));

        assertThat(change(replay, "w2", "glute-bridge").decision()).isEqualTo(Decision.DELOAD);
        assertThat(change(replay, "w3", "glute-bridge").decision()).isEqualTo(Decision.HOLD);
        assertThat(change(replay, "w4", "glute-bridge").decision()).isEqualTo(Decision.PROGRESS);
    }
}
