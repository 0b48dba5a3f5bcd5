package dev.runstrength.local;

import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.contracts.events.CompletedWorkout.Performed;
import dev.runstrength.contracts.events.CompletedWorkout.PerformedSet;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.events.TrainingPlan.Prescribed;
import dev.runstrength.contracts.events.TrainingPlan.Session;
import dev.runstrength.contracts.model.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A planned session carried out exactly as prescribed: every set at its reps or hold and load, done
 * for both sides at once (a BOTH set counts for LEFT and RIGHT alike), each set at the same RPE.
 */
final class AsPrescribed {

    private AsPrescribed() {
    }

    static CompletedWorkout workout(TrainingPlan plan, Session session, String workoutId, Instant completedAt,
                                    double rpe) {
        List<Performed> performed = new ArrayList<>();
        for (TrainingPlan.Block block : session.blocks()) {
            for (Prescribed exercise : block.exercises()) {
                performed.add(performed(exercise, rpe));
            }
        }
        return new CompletedWorkout(workoutId, plan.runnerId(), completedAt, plan.planId(), session.sessionId(),
                session.estimatedMinutes(), rpe, performed);
    }

    static Performed performed(Prescribed exercise, double rpe) {
        List<PerformedSet> sets = new ArrayList<>();
        for (int i = 0; i < exercise.sets(); i++) {
            sets.add(new PerformedSet(exercise.reps(), exercise.holdSeconds(), exercise.loadKg(), Side.BOTH, rpe));
        }
        return new Performed(exercise.exerciseId(), false, sets, null, null);
    }
}
