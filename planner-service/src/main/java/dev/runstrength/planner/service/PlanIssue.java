package dev.runstrength.planner.service;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.domain.PreviousPlan;
import dev.runstrength.planner.mapping.HeldProgression;
import dev.runstrength.planner.mapping.PlanMapping;
import dev.runstrength.planner.mapping.WireJson;
import dev.runstrength.planner.persistence.Plans;
import dev.runstrength.planner.persistence.RunnerProgressions;
import dev.runstrength.planner.persistence.StoredPlan;
import dev.runstrength.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Drafts a runner's plan from a profile, the progression state and the current plan, stores it and publishes it
 * through the outbox.
 */
@ApplicationScoped
public class PlanIssue {

    private final Plans plans;
    private final RunnerProgressions progressions;
    private final PlanDrafter drafter;
    private final Outbox outbox;

    public PlanIssue(Plans plans, RunnerProgressions progressions, PlanDrafter drafter, Outbox outbox) {
        this.plans = plans;
        this.progressions = progressions;
        this.drafter = drafter;
        this.outbox = outbox;
    }

    /** The progression state held for the runner, or none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public HeldProgression heldProgression(String runnerId) {
        return progressions.findByIdOptional(runnerId)
                .map(row -> WireJson.read(row.payload, HeldProgression.class))
                .orElseGet(HeldProgression::none);
    }

    /**
     * Drafts, stores and publishes the runner's next plan. It continues the current plan (rule 11, v1.1): the
     * block calendar stored beside it and the session slots its published JSON holds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TrainingPlan issue(RunnerProfile profile, Instant profileUpdatedAt, HeldProgression progression) {
        PreviousPlan previous = plans.current(profile.runnerId())
                .map(row -> PlanMapping.toPrevious(WireJson.read(row.payload, TrainingPlan.class), row.blockStart))
                .orElse(null);
        DraftedPlan drafted = drafter.draft(profile, progression.toDomain(profileUpdatedAt), previous);
        TrainingPlan plan = drafted.plan();
        StoredPlan stored = new StoredPlan();
        stored.planId = plan.planId();
        stored.runnerId = plan.runnerId();
        stored.generatedAt = plan.generatedAt();
        stored.profileUpdatedAt = plan.basedOn().profileUpdatedAt();
        stored.payload = WireJson.write(plan);
        stored.blockStart = drafted.blockStart();
        plans.persist(stored);
        outbox.append(EventKind.PLAN_GENERATED, plan.runnerId(), plan);
        return plan;
    }
}
