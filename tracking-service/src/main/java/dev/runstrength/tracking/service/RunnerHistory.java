package dev.runstrength.tracking.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.replica.CatalogReplica;
import dev.runstrength.tracking.domain.PlanLookup;
import dev.runstrength.tracking.domain.PlanView;
import dev.runstrength.tracking.domain.ProgressionEngine;
import dev.runstrength.tracking.domain.Replay;
import dev.runstrength.tracking.domain.Workout;
import dev.runstrength.tracking.mapping.PlanMapping;
import dev.runstrength.tracking.mapping.WorkoutMapping;
import dev.runstrength.tracking.persistence.PlanRepository;
import dev.runstrength.tracking.persistence.WorkoutRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Replays a runner's whole stored history through the progression engine. */
@ApplicationScoped
public class RunnerHistory {

    private final WorkoutRepository workouts;
    private final PlanRepository plans;
    private final CatalogReplica catalogue;

    public RunnerHistory(WorkoutRepository workouts, PlanRepository plans, CatalogReplica catalogue) {
        this.workouts = workouts;
        this.plans = plans;
        this.catalogue = catalogue;
    }

    public Replay replay(String runnerId) {
        List<Workout> history = workouts.history(runnerId).stream()
                .map(row -> WorkoutMapping.toDomain(read(row.payload, CompletedWorkout.class, "workout " + row.workoutId)))
                .toList();
        List<PlanView> known = plans.ofRunner(runnerId).stream()
                .map(row -> PlanMapping.toDomain(read(row.payload, TrainingPlan.class, "plan " + row.planId)))
                .toList();
        return ProgressionEngine.replay(history, PlanLookup.of(known), new ReplicaCatalogue(catalogue));
    }

    static <T> T read(String payload, Class<T> type, String what) {
        try {
            return ContractJson.mapper().readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + what + " is not readable", e);
        }
    }
}
