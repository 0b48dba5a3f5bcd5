package dev.runstrength.tracking.mapping;

import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.tracking.domain.PainArea;
import dev.runstrength.tracking.domain.PerformedExercise;
import dev.runstrength.tracking.domain.PerformedSet;
import dev.runstrength.tracking.domain.Side;
import dev.runstrength.tracking.domain.Workout;

/** A completed workout from the wire model into the progression engine's {@link Workout}. */
public final class WorkoutMapping {

    private WorkoutMapping() {
    }

    public static Workout toDomain(CompletedWorkout workout) {
        return new Workout(workout.workoutId(), workout.runnerId(), workout.completedAt(), workout.planId(),
                workout.sessionId(), workout.durationMinutes(), workout.sessionRpe(),
                workout.exercises().stream().map(WorkoutMapping::performed).toList());
    }

    private static PerformedExercise performed(CompletedWorkout.Performed performed) {
        return new PerformedExercise(performed.exerciseId(), Boolean.TRUE.equals(performed.skipped()),
                performed.sets().stream().map(WorkoutMapping::set).toList(), performed.painLevel(),
                performed.painArea() == null ? null : PainArea.valueOf(performed.painArea().name()));
    }

    private static PerformedSet set(CompletedWorkout.PerformedSet set) {
        return new PerformedSet(set.reps(), set.holdSeconds(), set.loadKg(),
                set.side() == null ? Side.BOTH : Side.valueOf(set.side().name()), set.rpe());
    }
}
