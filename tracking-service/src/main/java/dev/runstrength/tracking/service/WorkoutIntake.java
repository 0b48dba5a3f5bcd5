package dev.runstrength.tracking.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.platform.outbox.Outbox;
import dev.runstrength.platform.rest.JsonBody;
import dev.runstrength.platform.rest.ProblemException;
import dev.runstrength.tracking.persistence.AcceptedWorkoutEntity;
import dev.runstrength.tracking.persistence.AcceptedWorkoutRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Workouts a backend sends over HTTP go onto {@code workouts.completed} through the outbox, so Kafka
 * stays the one log: tracking then reads them like any other workout. This class is the only place
 * the HTTP path writes to the outbox.
 *
 * <p>Each workoutId is published once: a repeated request (a client's retry) finds it taken, publishes
 * nothing and is answered with the first request's event id. A different workout under a workoutId
 * already accepted is a 409. A workout sent on Kafka and again over HTTP is published twice, and
 * tracking keeps the first, as it does with any workoutId it already holds.
 */
@ApplicationScoped
public class WorkoutIntake {

    private final AcceptedWorkoutRepository accepted;
    private final Outbox outbox;

    public WorkoutIntake(AcceptedWorkoutRepository accepted, Outbox outbox) {
        this.accepted = accepted;
        this.outbox = outbox;
    }

    /** What the caller is told: which event carries the workout, and whether this request added it. */
    public record Receipt(String runnerId, String workoutId, String eventId, Instant acceptedAt, boolean repeated) {
    }

    /**
     * @param data a completed workout that passed the contract's schema, as received: what is published
     * @param workout the same, read into its record: what a repeat is compared by
     * @throws ProblemException 409 when another workout with this workoutId was accepted
     */
    @Transactional
    public Receipt accept(JsonNode data, CompletedWorkout workout) {
        String digest = JsonBody.digest(workout);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!accepted.insertIfNew(workout.workoutId(), workout.runnerId(), digest, now)) {
            AcceptedWorkoutEntity first = accepted.findById(workout.workoutId());
            if (!first.contentDigest.equals(digest)) {
                throw ProblemException.conflict("workoutId: a different workout with workoutId '" + workout.workoutId()
                        + "' was accepted already; every workout needs its own workoutId");
            }
            return new Receipt(first.runnerId, first.workoutId, first.eventId, first.acceptedAt, true);
        }
        String eventId = outbox.append(EventKind.WORKOUT_COMPLETED, workout.runnerId(), data).eventId;
        accepted.recordEvent(workout.workoutId(), eventId);
        return new Receipt(workout.runnerId(), workout.workoutId(), eventId, now, false);
    }
}
