package dev.runstrength.tracking.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One completed workout; {@code payload} is the event's data exactly as it arrived. */
@Entity
@Table(name = "workout")
public class WorkoutEntity {

    @Id
    @Column(name = "workout_id")
    public String workoutId;

    @Column(name = "runner_id", nullable = false)
    public String runnerId;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The plan whose session the workout carried out; null for an unplanned workout. */
    @Column(name = "plan_id")
    public String planId;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;
}
