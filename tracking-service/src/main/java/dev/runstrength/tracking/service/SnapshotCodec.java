package dev.runstrength.tracking.service;

import dev.runstrength.tracking.domain.Adherence;
import dev.runstrength.tracking.domain.Decision;
import dev.runstrength.tracking.domain.ExerciseProgress;
import dev.runstrength.tracking.domain.Flag;
import dev.runstrength.tracking.domain.FlagType;
import dev.runstrength.tracking.domain.PainArea;
import dev.runstrength.tracking.domain.PainWatch;
import dev.runstrength.tracking.domain.Prescription;
import dev.runstrength.tracking.domain.ProgressionState;
import dev.runstrength.tracking.service.ProgressStore.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * A snapshot in the compact binary form kept since V14_2: every field of the engine's state in a fixed
 * order ({@link CompactForm}).
 * It is read and written once per runner per batch (and at each checkpoint); JSON cost about twelve
 * times as much CPU and garbage for the same state. A field added to the state must be added here, at
 * the end of its record's part, with {@link ProgressStore#FORMAT} raised; the round-trip property
 * ({@code CompactFormPropertiesTest}) and {@code CompactFormFieldsTest} fail until it is.
 */
final class SnapshotCodec {

    private static final Logger LOG = Logger.getLogger(SnapshotCodec.class);

    private SnapshotCodec() {
    }

    static byte[] write(Snapshot snapshot) {
        CompactForm.Out out = new CompactForm.Out();
        out.string(snapshot.workoutId());
        out.integer(snapshot.position());
        ProgressionState state = snapshot.state();
        out.string(state.runnerId());
        out.integer(state.exercises().size());
        state.exercises().forEach((id, progress) -> {
            out.string(id);
            exercise(out, progress);
        });
        out.instant(state.lastWorkoutAt());
        out.nullableDouble(state.lastSessionRpe());
        out.integer(state.hardSessionsInARow());
        out.integer(state.completedSessions().size());
        state.completedSessions().forEach((plan, sessions) -> {
            out.string(plan);
            out.integer(sessions.size());
            sessions.forEach(out::string);
        });
        Adherence adherence = state.adherence();
        out.integer(adherence.plannedSessions());
        out.integer(adherence.completedSessions());
        out.decimal(adherence.rate());
        out.integer(adherence.streakWeeks());
        out.integer(state.flags().size());
        for (Flag flag : state.flags()) {
            out.name(flag.type());
            out.name(flag.area());
            out.nullableInteger(flag.severity());
            out.string(flag.message());
        }
        out.integer(state.painWatch().size());
        state.painWatch().forEach((area, watch) -> {
            out.name(area);
            out.name(watch.area());
            out.integer(watch.severity());
            out.instant(watch.reportedAt());
            out.integer(watch.clearWorkouts());
        });
        return out.bytes();
    }

    /** The snapshot, or empty (logged) when the bytes do not read as one: the history is then replayed instead. */
    static Optional<Snapshot> read(byte[] data, String what) {
        try {
            CompactForm.In in = new CompactForm.In(data);
            Snapshot snapshot = snapshot(in);
            in.end();
            return Optional.of(snapshot);
        } catch (RuntimeException e) {
            LOG.warnf("Stored %s cannot be read (%s): it is rebuilt instead", what, e.toString());
            return Optional.empty();
        }
    }

    private static Snapshot snapshot(CompactForm.In in) {
        String workoutId = in.string();
        int position = in.integer();
        String runnerId = in.string();
        TreeMap<String, ExerciseProgress> exercises = new TreeMap<>();
        for (int i = in.count(); i > 0; i--) {
            exercises.put(in.string(), exercise(in));
        }
        Instant lastWorkoutAt = in.instant();
        Double lastSessionRpe = in.nullableDouble();
        int hardSessionsInARow = in.integer();
        TreeMap<String, Set<String>> completed = new TreeMap<>();
        for (int i = in.count(); i > 0; i--) {
            String plan = in.string();
            TreeSet<String> sessions = new TreeSet<>();
            for (int j = in.count(); j > 0; j--) {
                sessions.add(in.string());
            }
            completed.put(plan, sessions);
        }
        Adherence adherence = new Adherence(in.integer(), in.integer(), in.decimal(), in.integer());
        int flagCount = in.count();
        List<Flag> flags = new ArrayList<>(flagCount);
        for (int i = flagCount; i > 0; i--) {
            flags.add(new Flag(in.name(FlagType.class), in.name(PainArea.class), in.nullableInteger(), in.string()));
        }
        TreeMap<PainArea, PainWatch> painWatch = new TreeMap<>();
        for (int i = in.count(); i > 0; i--) {
            PainArea key = in.name(PainArea.class);
            painWatch.put(key, new PainWatch(in.name(PainArea.class), in.integer(), in.instant(), in.integer()));
        }
        return new Snapshot(workoutId, position, new ProgressionState(runnerId, exercises, lastWorkoutAt, lastSessionRpe,
                hardSessionsInARow, completed, adherence, flags, painWatch));
    }

    private static void exercise(CompactForm.Out out, ExerciseProgress progress) {
        out.string(progress.exerciseId());
        Prescription current = progress.current();
        out.flag(current != null);
        if (current != null) {
            CompactForm.prescription(out, current);
        }
        out.name(progress.lastDecision());
        out.string(progress.lastReason());
        out.instant(progress.updatedAt());
        out.integer(progress.successesInARow());
        out.integer(progress.failuresInARow());
    }

    private static ExerciseProgress exercise(CompactForm.In in) {
        String exerciseId = in.string();
        Prescription current = in.flag() ? CompactForm.prescription(in) : null;
        return new ExerciseProgress(exerciseId, current, in.name(Decision.class), in.string(), in.instant(), in.integer(),
                in.integer());
    }
}
