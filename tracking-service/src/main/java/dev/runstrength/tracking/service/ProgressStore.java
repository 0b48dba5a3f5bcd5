package dev.runstrength.tracking.service;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.tracking.domain.ProgressionState;
import dev.runstrength.tracking.domain.Workout;
import dev.runstrength.tracking.mapping.ProgressionMapping;
import dev.runstrength.tracking.mapping.RunnerProgress;
import dev.runstrength.tracking.persistence.ProgressionCheckpointRepository.Checkpoint;
import dev.runstrength.tracking.persistence.ProgressionStateEntity;
import dev.runstrength.tracking.persistence.ProgressionStateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * How a runner's progression is kept: progression_state holds, per runner, the API's view
 * ({@link RunnerProgress} as JSON) and the engine's state it came from (a {@link Snapshot}) as of the
 * last workout in replay order; checkpoints hold snapshots along the way.
 */
@ApplicationScoped
public class ProgressStore {

    /**
     * The version of the snapshots written: the compact binary form ({@link SnapshotCodec}). Raise it when a
     * change to the engine's state or rules must re-judge stored workouts, and stop reading
     * {@link #JSON_FORMAT} then: snapshots of another version are ignored, and each runner's history is
     * replayed once, at their next workout or plan.
     */
    static final int FORMAT = 2;

    /** The same state as JSON, as written before V14_2: still read, never written. */
    static final int JSON_FORMAT = 1;

    /** The formats a stored snapshot is continued from. */
    static final Integer[] READABLE = {FORMAT, JSON_FORMAT};


    /**
     * The engine's state after the first {@code position} workouts of a runner, the last of which is
     * {@code workoutId} (null for the empty state).
     */
    public record Snapshot(String workoutId, int position, ProgressionState state) {

        static Snapshot start(String runnerId) {
            return new Snapshot(null, 0, ProgressionState.empty(runnerId));
        }

        /** True when {@code workout} comes after this snapshot's last workout in replay order. */
        boolean precedes(Workout workout) {
            if (workoutId == null) {
                return true;
            }
            // ProgressionEngine.ORDER: completedAt, then workoutId
            int byTime = state.lastWorkoutAt().compareTo(workout.completedAt());
            return byTime < 0 || byTime == 0 && workoutId.compareTo(workout.workoutId()) < 0;
        }

        /** When this snapshot's last workout was completed; null for the empty state. */
        Instant lastCompletedAt() {
            return state.lastWorkoutAt();
        }
    }

    private final ProgressionStateRepository states;

    public ProgressStore(ProgressionStateRepository states) {
        this.states = states;
    }

    /** The snapshot the runner's row holds, when it is one this version can continue from. */
    Optional<Snapshot> head(ProgressionStateEntity row) {
        if (row == null || row.snapshotFormat == null) {
            return Optional.empty();
        }
        return readSnapshot(row.snapshotFormat, row.snapshot, row.snapshotData, "progression of runner " + row.runnerId)
                // written by a version that did not keep snapshots after this one? then it is stale
                .filter(snapshot -> snapshot.workoutId() != null && snapshot.workoutId().equals(row.lastWorkoutId)
                        && snapshot.position() == row.workoutCount);
    }

    Optional<Snapshot> snapshotOf(Checkpoint checkpoint) {
        return readSnapshot(checkpoint.format(), checkpoint.state(), checkpoint.data(), "checkpoint " + checkpoint.position());
    }

    Checkpoint checkpoint(Snapshot snapshot) {
        return new Checkpoint(snapshot.position(), snapshot.workoutId(), snapshot.lastCompletedAt(), FORMAT, null,
                writeSnapshot(snapshot));
    }

    /** Stores the runner's progression as of {@code snapshot}: its API view and the snapshot itself. */
    void save(ProgressionStateEntity held, String runnerId, Snapshot snapshot) {
        ProgressionStateEntity row = held;
        if (row == null) {
            row = new ProgressionStateEntity();
            row.runnerId = runnerId;
        }
        row.lastWorkoutId = snapshot.workoutId();
        row.lastCompletedAt = snapshot.lastCompletedAt();
        row.workoutCount = snapshot.position();
        row.payload = write(ProgressionMapping.toProgress(runnerId, snapshot.state()));
        row.snapshot = null;
        row.snapshotData = writeSnapshot(snapshot);
        row.snapshotFormat = FORMAT;
        row.updatedAt = Instant.now();
        if (held == null) {
            // Hibernate inserts the state as of persist(), so the row is complete before it is persisted
            states.persist(row);
        }
    }

    static byte[] writeSnapshot(Snapshot snapshot) {
        return SnapshotCodec.write(snapshot);
    }

    /**
     * The snapshot stored in {@code format}: {@code data} in the compact form, or {@code json} as written
     * before V14_2; empty when it is of another format or no longer reads (the history is then replayed).
     */
    static Optional<Snapshot> readSnapshot(int format, String json, byte[] data, String what) {
        if (format == FORMAT && data != null) {
            return SnapshotCodec.read(data, what);
        }
        if (format == JSON_FORMAT && json != null) {
            return StateJson.read(json, Snapshot.class, what);
        }
        return Optional.empty();
    }

    static String write(RunnerProgress progress) {
        return ContractJson.write(progress);
    }

    static RunnerProgress read(String payload) {
        return ContractJson.read(payload, RunnerProgress.class);
    }
}
