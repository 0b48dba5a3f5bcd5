package dev.runstrength.tracking.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A runner's progression after some workouts: per-exercise progress, the time and session RPE of
 * the last workout, how many hard sessions (session RPE at or above {@link DeloadTrigger#HARD_SESSION_RPE}) came in a
 * row, the planned sessions done per plan, the adherence and flags of the last update, and the pain
 * areas still under a PAIN flag ({@link PainClearance}).
 */
public record ProgressionState(String runnerId, SortedMap<String, ExerciseProgress> exercises,
                               Instant lastWorkoutAt, Double lastSessionRpe, int hardSessionsInARow,
                               SortedMap<String, Set<String>> completedSessions,
                               Adherence adherence, List<Flag> flags, SortedMap<PainArea, PainWatch> painWatch) {

    public ProgressionState {
        exercises = Collections.unmodifiableSortedMap(new TreeMap<>(exercises));
        TreeMap<String, Set<String>> done = new TreeMap<>();
        completedSessions.forEach((plan, ids) -> done.put(plan, Collections.unmodifiableSet(new TreeSet<>(ids))));
        completedSessions = Collections.unmodifiableSortedMap(done);
        adherence = adherence == null ? Adherence.NONE : adherence;
        flags = List.copyOf(flags);
        painWatch = Collections.unmodifiableSortedMap(painWatch == null ? new TreeMap<>() : new TreeMap<>(painWatch));
    }

    /** A state with no pain area under watch. */
    public ProgressionState(String runnerId, SortedMap<String, ExerciseProgress> exercises, Instant lastWorkoutAt,
                            Double lastSessionRpe, int hardSessionsInARow, SortedMap<String, Set<String>> completedSessions,
                            Adherence adherence, List<Flag> flags) {
        this(runnerId, exercises, lastWorkoutAt, lastSessionRpe, hardSessionsInARow, completedSessions, adherence, flags,
                null);
    }

    public static ProgressionState empty(String runnerId) {
        return new ProgressionState(runnerId, new TreeMap<>(), null, null, 0, new TreeMap<>(), Adherence.NONE, List.of());
    }

    public Optional<ExerciseProgress> exercise(String exerciseId) {
        return Optional.ofNullable(exercises.get(exerciseId));
    }
}
