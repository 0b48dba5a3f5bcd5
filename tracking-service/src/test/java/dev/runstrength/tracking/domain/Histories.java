package dev.runstrength.tracking.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small builders for workout histories in tests. */
final class Histories {

    static final String RUNNER = "r-1042";
    static final Instant START = Instant.parse("2026-11-23T07:30:00Z");
    static final CatalogueView CATALOGUE = CatalogueView.of(CatalogueFile.fixture());

    private Histories() {
    }

    static Instant day(int n) {
        return START.plus(Duration.ofDays(n));
    }

    static LocalDate date(int n) {
        return LocalDate.ofInstant(day(n), ZoneOffset.UTC);
    }

    static Workout workout(String id, Instant at, PerformedExercise... exercises) {
        return new Workout(id, RUNNER, at, null, null, 30, null, List.of(exercises));
    }

    static Workout workout(String id, Instant at, Double sessionRpe, PerformedExercise... exercises) {
        return new Workout(id, RUNNER, at, null, null, 30, sessionRpe, List.of(exercises));
    }

    static Workout planned(String id, Instant at, String planId, String sessionId, PerformedExercise... exercises) {
        return new Workout(id, RUNNER, at, planId, sessionId, 30, null, List.of(exercises));
    }

    /** Sets with these reps on side BOTH, no RPE. */
    static PerformedExercise reps(String exerciseId, int... reps) {
        return PerformedExercise.done(exerciseId, Arrays.stream(reps).mapToObj(PerformedSet::reps).toList());
    }

    /** Sets with these reps on side BOTH, each at this RPE. */
    static PerformedExercise reps(String exerciseId, double rpe, int... reps) {
        return PerformedExercise.done(exerciseId, Arrays.stream(reps).mapToObj(r -> PerformedSet.reps(r, rpe)).toList());
    }

    static PerformedExercise holds(String exerciseId, double rpe, int... seconds) {
        return PerformedExercise.done(exerciseId,
                Arrays.stream(seconds).mapToObj(s -> PerformedSet.hold(s).withRpe(rpe)).toList());
    }

    static PerformedExercise loaded(String exerciseId, double kg, double rpe, int... reps) {
        return PerformedExercise.done(exerciseId,
                Arrays.stream(reps).mapToObj(r -> PerformedSet.reps(r, rpe).withLoad(kg)).toList());
    }

    /**
     * One plan "p1" generated the day before {@link #START} at this level, starting on START's date,
     * with sessions s1..s{count} every {@code everyDays} days from START, each holding these prescriptions.
     */
    static PlanView plan(RunnerLevel level, int count, int everyDays, Prescription... prescriptions) {
        List<PlannedSession> sessions = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            sessions.add(new PlannedSession("p1", "s" + i, date((i - 1) * everyDays), List.of(prescriptions)));
        }
        return new PlanView("p1", START.minus(Duration.ofDays(1)), level, date(0), sessions);
    }

    static Replay replay(Workout... workouts) {
        return ProgressionEngine.replay(List.of(workouts), PlanLookup.none(), CATALOGUE);
    }

    static Replay replay(PlanView plan, Workout... workouts) {
        return ProgressionEngine.replay(List.of(workouts), PlanLookup.of(List.of(plan)), CATALOGUE);
    }

    static Change change(Replay replay, String workoutId, String exerciseId) {
        return replay.updates().get(workoutId).changes().stream()
                .filter(c -> c.exerciseId().equals(exerciseId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no change for " + exerciseId + " in " + workoutId));
    }

    static List<Flag> flags(Replay replay, String workoutId) {
        return replay.updates().get(workoutId).flags();
    }

    /**
     * The change of the second of two planned sessions of {@code prescription} (a plan of two sessions two days
     * apart): what the two-session rules decide.
     */
    static Change second(RunnerLevel level, Prescription prescription, PerformedExercise first,
                         PerformedExercise second) {
        PlanView plan = plan(level, 2, 2, prescription);
        Replay replay = replay(plan,
                planned("w1", day(0), "p1", "s1", first),
                planned("w2", day(2), "p1", "s2", second));
        return change(replay, "w2", prescription.exerciseId());
    }

    /** As {@link #second(RunnerLevel, Prescription, PerformedExercise, PerformedExercise)}, both sessions done alike. */
    static Change second(RunnerLevel level, Prescription prescription, PerformedExercise both) {
        return second(level, prescription, both, both);
    }
}
