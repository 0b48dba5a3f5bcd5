package dev.runstrength.tracking.domain;

import dev.runstrength.dose.LevelDose;
import java.util.Optional;

/**
 * What a performed exercise is judged against (DOMAIN): the planned session's prescription for it,
 * else the runner's current prescription for that exercise, else the catalogue default for the
 * runner's level (the shared dose model's {@link LevelDose}). A prescription that counts in other units than the catalogue
 * (reps for a hold exercise or the reverse) cannot be compared with the range and is passed over.
 */
public final class PrescriptionToJudge {

    private PrescriptionToJudge() {
    }

    public static Prescription pick(ExerciseInfo exercise, Optional<PlannedSession> session,
                                    Optional<ExerciseProgress> progress, RunnerLevel level) {
        return session.flatMap(s -> s.prescriptionFor(exercise.id()))
                .filter(p -> fits(exercise, p))
                .or(() -> progress.map(ExerciseProgress::current)
                        .filter(p -> p.exerciseId().equals(exercise.id()))
                        .filter(p -> fits(exercise, p)))
                .orElseGet(() -> levelDefault(exercise, level));
    }

    /** The catalogue default for the runner's level (DOMAIN rule 4), the one the planner prescribes. */
    public static Prescription levelDefault(ExerciseInfo exercise, RunnerLevel level) {
        return Prescription.of(exercise.id(), LevelDose.of(exercise.reference(), level.toDose()));
    }

    private static boolean fits(ExerciseInfo exercise, Prescription p) {
        return p.hasTarget() && p.sets() >= 1 && p.countsHold() == exercise.countsHold();
    }
}
