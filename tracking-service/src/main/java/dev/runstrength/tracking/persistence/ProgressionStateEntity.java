package dev.runstrength.tracking.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A runner's progression after every stored workout: {@code payload} is what the HTTP API shows,
 * {@code snapshot} the engine's state it was drawn from, as of the last workout in (completedAt,
 * workoutId) order, so that the next workout is applied to it.
 */
@Entity
@Table(name = "progression_state")
public class ProgressionStateEntity {

    @Id
    @Column(name = "runner_id")
    public String runnerId;

    @Column(name = "last_workout_id")
    public String lastWorkoutId;

    @Column(name = "last_completed_at")
    public Instant lastCompletedAt;

    /** How many workouts the snapshot has folded. */
    @Column(name = "workout_count", nullable = false)
    public int workoutCount;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    /** The snapshot as JSON (format 1), in rows written before V14_2; null once the binary form is written. */
    @Column(columnDefinition = "text")
    public String snapshot;

    /** The snapshot in its compact binary form (format 2, {@code SnapshotCodec}). */
    @Column(name = "snapshot_data")
    public byte[] snapshotData;

    @Column(name = "snapshot_format")
    public Integer snapshotFormat;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
