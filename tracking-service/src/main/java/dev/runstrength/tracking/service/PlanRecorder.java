package dev.runstrength.tracking.service;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.tracking.domain.CatalogueView;
import dev.runstrength.tracking.mapping.PlanMapping;
import dev.runstrength.tracking.persistence.PlanRepository;
import dev.runstrength.tracking.persistence.PlanRepository.NewPlan;
import dev.runstrength.tracking.persistence.ProgressionStateEntity;
import dev.runstrength.tracking.persistence.ProgressionStateRepository;
import dev.runstrength.tracking.persistence.WorkoutRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Published plans, kept by planId; the newest per runner is the current one. A plan that arrives
 * after workouts it judges (a workout of one of its sessions, or one completed after it was generated:
 * the topics are not ordered against each other) changes how those workouts are judged, so the
 * runner's progression is folded again from the last checkpoint before the first of them; nothing is
 * published, since no workout is new.
 */
@ApplicationScoped
public class PlanRecorder {

    /** A plan as it arrived: its data and the data's JSON text, stored as it is. */
    public record Arrival(TrainingPlan plan, String payload) {
    }

    private final PlanRepository plans;
    private final WorkoutRepository workouts;
    private final ProgressionStateRepository states;
    private final RunnerHistory history;
    private final ProgressStore store;
    private final RunnerErasure erasure;

    public PlanRecorder(PlanRepository plans, WorkoutRepository workouts, ProgressionStateRepository states,
                        RunnerHistory history, ProgressStore store, RunnerErasure erasure) {
        this.erasure = erasure;
        this.plans = plans;
        this.workouts = workouts;
        this.states = states;
        this.history = history;
        this.store = store;
    }

    /**
     * @return the planIds stored now; the others were already stored, or date from before their runner's
     *         erasure (dropped)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> recordAll(List<Arrival> arrivals) {
        RunnerErasure.Erased erased = erasure.markersOf(arrivals.stream().map(a -> a.plan().runnerId()).toList());
        arrivals = arrivals.stream()
                .filter(a -> !erased.drops(a.plan().runnerId(), a.plan().generatedAt()))
                .toList();
        if (arrivals.isEmpty()) {
            return Set.of();
        }
        Set<String> stored = plans.insertAll(arrivals.stream()
                .map(a -> new NewPlan(a.plan().planId(), a.plan().runnerId(), a.plan().generatedAt(), a.payload(),
                        StateJson.write(PlanMapping.toDomain(a.plan())), PlanViews.FORMAT))
                .toList());
        BatchSession.insertsWritten(plans.getEntityManager());
        Map<String, Instant> refoldFrom = new LinkedHashMap<>();
        for (Arrival arrival : arrivals) {
            TrainingPlan plan = arrival.plan();
            if (stored.contains(plan.planId())) {
                workouts.firstJudgedBy(plan.runnerId(), plan.planId(), plan.generatedAt())
                        .ifPresent(first -> refoldFrom.merge(plan.runnerId(), first, (a, b) -> a.isBefore(b) ? a : b));
            }
        }
        if (refoldFrom.isEmpty()) {
            return stored;
        }
        CatalogueView catalogue = history.catalogue();
        Map<String, ProgressionStateEntity> held = states.ofRunners(refoldFrom.keySet());
        refoldFrom.forEach((runnerId, from) ->
                store.save(held.get(runnerId), runnerId, history.refold(runnerId, from, catalogue).snapshot()));
        return stored;
    }
}
