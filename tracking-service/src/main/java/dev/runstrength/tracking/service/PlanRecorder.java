package dev.runstrength.tracking.service;

import dev.runstrength.tracking.domain.CatalogueView;
import dev.runstrength.tracking.domain.PlanView;
import dev.runstrength.tracking.domain.ProgressionUpdate;
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

    /**
     * A plan as tracking reads it: its ids, when it was generated, and its view (what the engine judges workouts
     * against). Only the view is stored, not the plan's JSON: nothing in tracking reads more of a plan.
     */
    public record Arrival(String planId, String runnerId, Instant generatedAt, PlanView view) {
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
        RunnerErasure.Erased erased = erasure.markersOf(arrivals.stream().map(Arrival::runnerId).toList());
        Set<String> known = plans.known(arrivals.stream().map(Arrival::planId).toList());
        Map<String, Arrival> fresh = new LinkedHashMap<>();
        for (Arrival plan : arrivals) {
            if (!known.contains(plan.planId()) && !erased.drops(plan.runnerId(), plan.generatedAt())) {
                fresh.putIfAbsent(plan.planId(), plan);
            }
        }
        if (fresh.isEmpty()) {
            return Set.of();
        }
        // the workouts each new plan judges that are already recorded: their outcomes as published, before the
        // plan is stored, to compare with the replay after it
        Map<String, Instant> refoldFrom = new LinkedHashMap<>();
        for (Arrival plan : fresh.values()) {
            workouts.firstJudgedBy(plan.runnerId(), plan.planId(), plan.generatedAt())
                    .ifPresent(first -> refoldFrom.merge(plan.runnerId(), first, (a, b) -> a.isBefore(b) ? a : b));
        }
        CatalogueView catalogue = refoldFrom.isEmpty() ? null : history.catalogue();
        Map<String, Map<String, ProgressionUpdate>> before = new LinkedHashMap<>();
        refoldFrom.forEach((runnerId, from) -> before.put(runnerId, history.replay(runnerId, from, catalogue)));

        Set<String> stored = plans.insertAll(fresh.values().stream()
                .map(a -> new NewPlan(a.planId(), a.runnerId(), a.generatedAt(), PlanViews.write(a.view()),
                        PlanViews.FORMAT))
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
