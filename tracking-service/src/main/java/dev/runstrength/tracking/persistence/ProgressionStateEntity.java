package dev.runstrength.tracking.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A runner's progression after the last replay of their history, as JSON. */
@Entity
@Table(name = "progression_state")
public class ProgressionStateEntity {

    @Id
    @Column(name = "runner_id")
    public String runnerId;

    @Column(name = "last_workout_id")
    public String lastWorkoutId;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
