package dev.runstrength.tracking.service;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.tracking.domain.CatalogueView;
import dev.runstrength.tracking.domain.ProgressionUpdate;
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
 * runner's progression is folded again from the last checkpoint before the first of them, and each
 * workout whose outcome the plan changed gets a corrected update ({@link ProgressionCorrections}).
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
    private final ProgressionCorrections corrections;

    public PlanRecorder(PlanRepository plans, WorkoutRepository workouts, ProgressionStateRepository states,
                        RunnerHistory history, ProgressStore store, RunnerErasure erasure,
                        ProgressionCorrections corrections) {
        this.erasure = erasure;
        this.corrections = corrections;
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
        Set<String> known = plans.known(arrivals.stream().map(a -> a.plan().planId()).toList());
        Map<String, Arrival> fresh = new LinkedHashMap<>();
        for (Arrival arrival : arrivals) {
            TrainingPlan plan = arrival.plan();
            if (!known.contains(plan.planId()) && !erased.drops(plan.runnerId(), plan.generatedAt())) {
                fresh.putIfAbsent(plan.planId(), arrival);
            }
        }
        if (fresh.isEmpty()) {
            return Set.of();
        }
        // the workouts each new plan judges that are already recorded: their outcomes as published, before the
        // plan is stored, to compare with the replay after it
        Map<String, Instant> refoldFrom = new LinkedHashMap<>();
        for (Arrival arrival : fresh.values()) {
            TrainingPlan plan = arrival.plan();
            workouts.firstJudgedBy(plan.runnerId(), plan.planId(), plan.generatedAt())
                    .ifPresent(first -> refoldFrom.merge(plan.runnerId(), first, (a, b) -> a.isBefore(b) ? a : b));
        }
        CatalogueView catalogue = refoldFrom.isEmpty() ? null : history.catalogue();
        Map<String, Map<String, ProgressionUpdate>> before = new LinkedHashMap<>();
        refoldFrom.forEach((runnerId, from) -> before.put(runnerId, history.replay(runnerId, from, catalogue)));

        Set<String> stored = plans.insertAll(fresh.values().stream()
                .map(a -> new NewPlan(a.plan().planId(), a.plan().runnerId(), a.plan().generatedAt(), a.payload(),
                        StateJson.write(PlanMapping.toDomain(a.plan())), PlanViews.FORMAT))
                .toList());
        BatchSession.insertsWritten(plans.getEntityManager());
        if (refoldFrom.isEmpty()) {
            return stored;
        }
        Map<String, ProgressionStateEntity> held = states.ofRunners(refoldFrom.keySet());
        refoldFrom.forEach((runnerId, from) -> {
            RunnerHistory.Advance advance = history.refold(runnerId, from, catalogue);
            store.save(held.get(runnerId), runnerId, advance.snapshot());
            corrections.publishChanged(before.get(runnerId), advance.updates());
        });
        return stored;
    }
}
