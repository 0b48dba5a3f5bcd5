package dev.runstrength.tracking.persistence;

import dev.runstrength.platform.accepted.AcceptedRequestEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A workout accepted over HTTP and published on {@code workouts.completed}. */
@Entity
@Table(name = "workout_intake")
public class AcceptedWorkoutEntity extends AcceptedRequestEntity {

    @Id
    @Column(name = "workout_id")
    public String workoutId;
}
