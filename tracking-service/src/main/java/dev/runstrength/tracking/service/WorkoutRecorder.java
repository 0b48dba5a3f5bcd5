package dev.runstrength.tracking.service;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.platform.outbox.Outbox;
import dev.runstrength.tracking.domain.CatalogueView;
import dev.runstrength.tracking.domain.ProgressionUpdate;
import dev.runstrength.tracking.domain.Workout;
import dev.runstrength.tracking.mapping.ProgressionMapping;
import dev.runstrength.tracking.mapping.WorkoutMapping;
import dev.runstrength.tracking.persistence.ProgressionStateEntity;
import dev.runstrength.tracking.persistence.ProgressionStateRepository;
import dev.runstrength.tracking.persistence.WorkoutRepository;
import dev.runstrength.tracking.persistence.WorkoutRepository.NewWorkout;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * New completed workouts, a batch at a time: stored with one statement, each runner's progression
 * moved forward by its new workouts ({@link RunnerHistory}: applied to the stored snapshot, or, for a
 * late workout, folded again from the last checkpoint before it so it lands in its place by
 * completedAt), the new state stored and exactly one progression update per new workout published,
 * all in the caller's transaction.
 */
@ApplicationScoped
public class WorkoutRecorder {

    private static final Logger LOG = Logger.getLogger(WorkoutRecorder.class);

    /** A workout as it arrived: its data and the data's JSON text, stored as it is. */
    public record Arrival(CompletedWorkout workout, String payload) {
    }

    private final WorkoutRepository workouts;
    private final ProgressionStateRepository states;
    private final RunnerHistory history;
    private final ProgressStore store;
    private final Outbox outbox;
    private final MeterRegistry registry;
    private final Event<ProgressionPublished> progressionPublished;
    private final RunnerErasure erasure;

    public WorkoutRecorder(WorkoutRepository workouts, ProgressionStateRepository states, RunnerHistory history,
                           ProgressStore store, Outbox outbox, MeterRegistry registry,
                           Event<ProgressionPublished> progressionPublished, RunnerErasure erasure) {
        this.progressionPublished = progressionPublished;
        this.erasure = erasure;
        this.workouts = workouts;
        this.states = states;
        this.history = history;
        this.store = store;
        this.outbox = outbox;
        this.registry = registry;
    }

    /**
     * @return the published updates, in arrival order; a workoutId already recorded (or twice in the
     *         batch), or a workout dated at or before its runner's erasure, changes nothing and publishes nothing
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ProgressionUpdate> recordAll(List<Arrival> arrivals) {
        RunnerErasure.Erased erased = erasure.markersOf(arrivals.stream().map(a -> a.workout().runnerId()).toList());
        List<Arrival> kept = arrivals.stream()
                .filter(arrival -> !erased.drops(arrival.workout().runnerId(), arrival.workout().completedAt()))
                .toList();
        Map<String, Arrival> byId = new LinkedHashMap<>();
        kept.forEach(arrival -> byId.putIfAbsent(arrival.workout().workoutId(), arrival));
        if (byId.isEmpty()) {
            return List.of();
        }
        Set<String> stored = workouts.insertAll(byId.values().stream().map(WorkoutRecorder::toRow).toList());
        BatchSession.insertsWritten(workouts.getEntityManager());
        int duplicates = kept.size() - stored.size();
        if (duplicates > 0) {
            LOG.debugf("%d workouts of the batch were already recorded: nothing changes for them", duplicates);
            registry.counter("runstrength.tracking.workouts.duplicate").increment(duplicates);
        }

        Map<String, List<Workout>> freshByRunner = new LinkedHashMap<>();
        for (Arrival arrival : byId.values()) {
            if (stored.contains(arrival.workout().workoutId())) {
                freshByRunner.computeIfAbsent(arrival.workout().runnerId(), runner -> new ArrayList<>())
                        .add(WorkoutMapping.toDomain(arrival.workout()));
            }
        }
        if (freshByRunner.isEmpty()) {
            return List.of();
        }
        CatalogueView catalogue = history.catalogue();
        Map<String, ProgressionStateEntity> held = states.ofRunners(freshByRunner.keySet());
        List<ProgressionUpdate> published = new ArrayList<>();
        freshByRunner.forEach((runnerId, fresh) -> {
            ProgressionStateEntity row = held.get(runnerId);
            RunnerHistory.Advance advance = history.advance(runnerId, row != null, store.head(row), fresh, catalogue);
            store.save(row, runnerId, advance.snapshot());
            for (Workout workout : fresh) {
                ProgressionUpdate update = advance.updates().get(workout.workoutId());
                if (update == null) {
                    throw new IllegalStateException("the fold of runner " + runnerId + " has no update for " + workout.workoutId());
                }
                publish(update);
                published.add(update);
            }
        });
        return published;
    }

    private void publish(ProgressionUpdate update) {
        outbox.append(EventKind.PROGRESSION_UPDATED, update.runnerId(), ProgressionMapping.toEventData(update),
                eventIdOf(update.runnerId(), update.workoutId()));
        progressionPublished.fire(new ProgressionPublished(update));
        if (!update.unknownExercises().isEmpty()) {
            // kept in the history, so the runner's workouts are complete once the catalogue learns the id
            LOG.warnf("Workout %s of runner %s names exercises the catalogue does not know: %s",
                    update.workoutId(), update.runnerId(), update.unknownExercises());
            registry.counter("runstrength.tracking.exercises.unknown").increment(update.unknownExercises().size());
        }
    }

    /**
     * The CloudEvents id of the one progression update a workout causes, derived from the workout. A
     * rebuild from offset 0 into an empty database publishes every runner's updates again; under the
     * same ids the planner takes them for the duplicates they are, instead of planning again for each
     * (and tracking then reading each new plan). A workout is folded and published once otherwise.
     */
    static String eventIdOf(String runnerId, String workoutId) {
        return UUID.nameUUIDFromBytes(("tracking.progression\n" + runnerId + "\n" + workoutId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static NewWorkout toRow(Arrival arrival) {
        CompletedWorkout workout = arrival.workout();
        return new NewWorkout(workout.workoutId(), workout.runnerId(), workout.completedAt(), workout.planId(),
                arrival.payload());
    }
}
