package dev.runstrength.tracking.service;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.tracking.persistence.PlanRepository;
import dev.runstrength.tracking.persistence.ProgressionStateRepository;
import dev.runstrength.tracking.persistence.WorkoutRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * A published plan, kept by planId; the newest per runner is the current one. A plan that arrives
 * after workouts of its sessions (the topics are not ordered against each other) changes how those
 * workouts are judged, so the stored progress is replayed again; nothing is published, since no
 * workout is new.
 */
@ApplicationScoped
public class PlanRecorder {

    private final PlanRepository plans;
    private final WorkoutRepository workouts;
    private final ProgressionStateRepository states;
    private final RunnerHistory history;
    private final RunnerErasure erasure;

    public PlanRecorder(PlanRepository plans, WorkoutRepository workouts, ProgressionStateRepository states,
                        RunnerHistory history, RunnerErasure erasure) {
        this.erasure = erasure;
        this.plans = plans;
        this.workouts = workouts;
        this.states = states;
        this.history = history;
    }

    /** @return false when the planId was already stored, or the plan dates from before the runner's erasure */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(TrainingPlan plan, String payload) {
        states.lockRunner(plan.runnerId());
        if (erasure.erasedSince(plan.runnerId(), plan.generatedAt())) {
            return false;
        }
        if (!plans.insertIfNew(plan.planId(), plan.runnerId(), plan.generatedAt(), payload)) {
            return false;
        }
        if (workouts.countOf(plan.runnerId()) > 0) {
            ProgressStore.save(states, plan.runnerId(), history.replay(plan.runnerId()));
        }
        return true;
    }
}
