package dev.runstrength.tracking.service;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.platform.outbox.Outbox;
import dev.runstrength.tracking.domain.ProgressionUpdate;
import dev.runstrength.tracking.domain.Replay;
import dev.runstrength.tracking.mapping.ProgressionMapping;
import dev.runstrength.tracking.persistence.ProgressionStateRepository;
import dev.runstrength.tracking.persistence.WorkoutRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A new completed workout: stored, the runner's whole history replayed (so a late workout lands in
 * its place by completedAt), the new state stored and exactly one progression update published,
 * all in the caller's transaction.
 */
@ApplicationScoped
public class WorkoutRecorder {

    private static final Logger LOG = Logger.getLogger(WorkoutRecorder.class);

    private final WorkoutRepository workouts;
    private final ProgressionStateRepository states;
    private final RunnerHistory history;
    private final Outbox outbox;
    private final MeterRegistry registry;
    private final Event<ProgressionPublished> published;
    private final RunnerErasure erasure;

    public WorkoutRecorder(WorkoutRepository workouts, ProgressionStateRepository states, RunnerHistory history,
                           Outbox outbox, MeterRegistry registry, Event<ProgressionPublished> published,
                           RunnerErasure erasure) {
        this.published = published;
        this.erasure = erasure;
        this.workouts = workouts;
        this.states = states;
        this.history = history;
        this.outbox = outbox;
        this.registry = registry;
    }

    /**
     * @param payload the workout's data JSON as it arrived
     * @return the published update; empty when the workoutId was already recorded, or the workout dates
     *         from before the runner's erasure (nothing changes)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ProgressionUpdate> record(CompletedWorkout workout, String payload) {
        states.lockRunner(workout.runnerId());
        if (erasure.erasedSince(workout.runnerId(), workout.completedAt())) {
            return Optional.empty();
        }
        if (!workouts.insertIfNew(workout.workoutId(), workout.runnerId(), workout.completedAt(), payload)) {
            LOG.debugf("Workout %s is already recorded: nothing changes", workout.workoutId());
            registry.counter("runstrength.tracking.workouts.duplicate").increment();
            return Optional.empty();
        }
        Replay replay = history.replay(workout.runnerId());
        ProgressionUpdate update = replay.updates().get(workout.workoutId());
        if (update == null) {
            throw new IllegalStateException("replay of runner " + workout.runnerId() + " has no update for " + workout.workoutId());
        }
        ProgressStore.save(states, workout.runnerId(), replay);
        outbox.append(EventKind.PROGRESSION_UPDATED, workout.runnerId(), ProgressionMapping.toEventData(update));
        published.fire(new ProgressionPublished(update));
        if (!update.unknownExercises().isEmpty()) {
            // kept in the history, so the runner's workouts are complete once the catalogue learns the id
            LOG.warnf("Workout %s of runner %s names exercises the catalogue does not know: %s",
                    workout.workoutId(), workout.runnerId(), update.unknownExercises());
            registry.counter("runstrength.tracking.exercises.unknown").increment(update.unknownExercises().size());
        }
        return Optional.of(update);
    }
}
