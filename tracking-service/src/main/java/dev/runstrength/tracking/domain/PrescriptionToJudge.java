package dev.runstrength.tracking.domain;

import java.util.Optional;

/**
 * What a performed exercise is judged against (DOMAIN): the planned session's prescription for it,
 * else the runner's current prescription for that exercise, else the catalogue default for the
 * runner's level ({@link LevelDose}). A prescription that counts in other units than the catalogue
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
                .orElseGet(() -> LevelDose.forLevel(exercise, level));
    }

    private static boolean fits(ExerciseInfo exercise, Prescription p) {
        return p.hasTarget() && p.sets() >= 1 && p.countsHold() == exercise.countsHold();
    }
}
