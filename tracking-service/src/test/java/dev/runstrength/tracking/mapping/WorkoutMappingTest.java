package dev.runstrength.tracking.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.tracking.domain.PainArea;
import dev.runstrength.tracking.domain.PerformedExercise;
import dev.runstrength.tracking.domain.PerformedSet;
import dev.runstrength.tracking.domain.Side;
import dev.runstrength.tracking.domain.Workout;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkoutMappingTest {

    @Test
    void everyFieldOfTheWireWorkoutReachesTheEngine() throws Exception {
        CompletedWorkout wire = ContractJson.mapper().readValue("""
                {"workoutId":"w-1","runnerId":"r-1","completedAt":"2026-11-20T07:30:00Z","planId":"p-1","sessionId":"s-1",
                 "durationMinutes":28,"sessionRpe":6.5,"exercises":[
                   {"exerciseId":"single-leg-calf-raise","sets":[
                      {"reps":12,"side":"LEFT","rpe":7},{"reps":10,"loadKg":4.5,"side":"RIGHT"}],
                    "painLevel":4,"painArea":"ACHILLES"},
                   {"exerciseId":"plank","skipped":true},
                   {"exerciseId":"wall-sit","sets":[{"holdSeconds":40}]}]}
                """, CompletedWorkout.class);

        Workout workout = WorkoutMapping.toDomain(wire);

        assertThat(workout.workoutId()).isEqualTo("w-1");
        assertThat(workout.runnerId()).isEqualTo("r-1");
        assertThat(workout.completedAt()).isEqualTo(Instant.parse("2026-11-20T07:30:00Z"));
        assertThat(workout.planId()).isEqualTo("p-1");
        assertThat(workout.sessionId()).isEqualTo("s-1");
        assertThat(workout.durationMinutes()).isEqualTo(28);
        assertThat(workout.sessionRpe()).isEqualTo(6.5);
        assertThat(workout.exercises()).containsExactly(
                new PerformedExercise("single-leg-calf-raise", false, java.util.List.of(
                        new PerformedSet(12, null, null, Side.LEFT, 7.0),
                        new PerformedSet(10, null, 4.5, Side.RIGHT, null)), 4, PainArea.ACHILLES),
                new PerformedExercise("plank", true, java.util.List.of(), null, null),
                new PerformedExercise("wall-sit", false, java.util.List.of(PerformedSet.hold(40)), null, null));
    }

    @Test
    void anUnplannedWorkoutHasNoPlanOrSession() throws Exception {
        CompletedWorkout wire = ContractJson.mapper().readValue("""
                {"workoutId":"w-2","runnerId":"r-1","completedAt":"2026-11-20T07:30:00Z",
                 "exercises":[{"exerciseId":"glute-bridge","sets":[{"reps":10}]}]}
                """, CompletedWorkout.class);

        Workout workout = WorkoutMapping.toDomain(wire);

        assertThat(workout.planId()).isNull();
        assertThat(workout.sessionId()).isNull();
        assertThat(workout.sessionRpe()).isNull();
        assertThat(workout.exercises().get(0).sets()).containsExactly(PerformedSet.reps(10));
    }
}
