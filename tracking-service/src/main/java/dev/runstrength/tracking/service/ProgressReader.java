package dev.runstrength.tracking.service;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.platform.rest.PageResponse;
import dev.runstrength.tracking.mapping.RunnerProgress;
import dev.runstrength.tracking.persistence.PlanRepository;
import dev.runstrength.tracking.persistence.ProgressionStateRepository;
import dev.runstrength.tracking.persistence.WorkoutRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * What the HTTP API reads. A runner is known to tracking once a workout or a plan of theirs has
 * arrived; a runner with a plan and no workout yet has an empty progress.
 */
@ApplicationScoped
public class ProgressReader {

    private final ProgressionStateRepository states;
    private final WorkoutRepository workouts;
    private final PlanRepository plans;

    public ProgressReader(ProgressionStateRepository states, WorkoutRepository workouts, PlanRepository plans) {
        this.states = states;
        this.workouts = workouts;
        this.plans = plans;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RunnerProgress> progress(String runnerId) {
        return states.findByIdOptional(runnerId)
                .map(row -> ProgressStore.read(row.payload))
                .or(() -> known(runnerId) ? Optional.of(RunnerProgress.empty(runnerId)) : Optional.empty());
    }

    /** The runner's workouts, newest completedAt first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PageResponse<CompletedWorkout>> workouts(String runnerId, int page, int size) {
        long total = workouts.countOf(runnerId);
        if (total == 0 && !known(runnerId)) {
            return Optional.empty();
        }
        return Optional.of(new PageResponse<>(workouts.newestFirst(runnerId, page, size).stream()
                .map(row -> ContractJson.read(row.payload, CompletedWorkout.class))
                .toList(), page, size, total));
    }

    /** One of the runner's workouts, once tracking has recorded it (its progress then counts it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CompletedWorkout> workout(String runnerId, String workoutId) {
        return workouts.findByIdOptional(workoutId)
                .filter(row -> row.runnerId.equals(runnerId))
                .map(row -> ContractJson.read(row.payload, CompletedWorkout.class));
    }

    private boolean known(String runnerId) {
        return workouts.countOf(runnerId) > 0 || plans.current(runnerId).isPresent();
    }
}
