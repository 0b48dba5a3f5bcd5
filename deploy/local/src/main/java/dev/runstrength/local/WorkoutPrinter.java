package dev.runstrength.local;

import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.contracts.events.CompletedWorkout.Performed;
import dev.runstrength.contracts.events.CompletedWorkout.PerformedSet;
import java.util.stream.Collectors;

/** A completed workout as the runner logged it: one line per exercise with the sets done. */
final class WorkoutPrinter {

    private WorkoutPrinter() {
    }

    static String render(CompletedWorkout workout) {
        StringBuilder out = new StringBuilder();
        out.append("Workout ").append(workout.workoutId()).append(" completed ").append(workout.completedAt());
        if (workout.sessionId() != null) {
            out.append(" for session ").append(workout.sessionId());
        }
        if (workout.sessionRpe() != null) {
            out.append(", session RPE ").append(number(workout.sessionRpe()));
        }
        out.append('\n');
        for (Performed exercise : workout.exercises()) {
            out.append("  - ").append(exercise.exerciseId()).append(": ").append(sets(exercise)).append('\n');
        }
        return out.toString();
    }

    static String sets(Performed exercise) {
        if (Boolean.TRUE.equals(exercise.skipped())) {
            return "skipped";
        }
        String done = exercise.sets().stream().map(WorkoutPrinter::set).collect(Collectors.joining(", "));
        if (exercise.painLevel() != null) {
            done += ", pain " + exercise.painLevel() + "/10" + (exercise.painArea() == null ? "" : " " + exercise.painArea());
        }
        return done;
    }

    private static String set(PerformedSet set) {
        String amount = set.reps() != null ? set.reps() + " reps" : set.holdSeconds() + " s";
        if (set.loadKg() != null) {
            amount += " @ " + set.loadKg() + " kg";
        }
        if (set.side() != null && set.side() != dev.runstrength.contracts.model.Side.BOTH) {
            amount += " " + set.side();
        }
        return set.rpe() == null ? amount : amount + " (RPE " + number(set.rpe()) + ")";
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
