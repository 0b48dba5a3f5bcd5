package dev.runstrength.tracking.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A workout accepted over HTTP and published on {@code workouts.completed}. */
@Entity
@Table(name = "workout_intake")
public class AcceptedWorkoutEntity {

    @Id
    @Column(name = "workout_id")
    public String workoutId;

    @Column(name = "runner_id", nullable = false)
    public String runnerId;

    @Column(name = "content_digest", nullable = false)
    public String contentDigest;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "accepted_at", nullable = false)
    public Instant acceptedAt;
}
