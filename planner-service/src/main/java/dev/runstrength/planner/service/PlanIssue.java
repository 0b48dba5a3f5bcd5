package dev.runstrength.planner.service;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.mapping.HeldProgression;
import dev.runstrength.planner.mapping.WireJson;
import dev.runstrength.planner.persistence.Plans;
import dev.runstrength.planner.persistence.RunnerProgressions;
import dev.runstrength.planner.persistence.StoredPlan;
import dev.runstrength.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Drafts a runner's plan from a profile and progression state, stores it and publishes it through the outbox. */
@ApplicationScoped
public class PlanIssue {

    private final Plans plans;
    private final RunnerProgressions progressions;
    private final PlanDrafter drafter;
    private final Outbox outbox;
    private final Event<PlanIssued> issued;

    public PlanIssue(Plans plans, RunnerProgressions progressions, PlanDrafter drafter, Outbox outbox,
                     Event<PlanIssued> issued) {
        this.plans = plans;
        this.progressions = progressions;
        this.drafter = drafter;
        this.outbox = outbox;
        this.issued = issued;
    }

    /** The progression state held for the runner, or none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public HeldProgression heldProgression(String runnerId) {
        return progressions.findByIdOptional(runnerId)
                .map(row -> WireJson.read(row.payload, HeldProgression.class))
                .orElseGet(HeldProgression::none);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TrainingPlan issue(RunnerProfile profile, Instant profileUpdatedAt, HeldProgression progression,
                              PlanTrigger trigger) {
        TrainingPlan plan = drafter.draft(profile, progression.toDomain(profileUpdatedAt));
        StoredPlan stored = new StoredPlan();
        stored.planId = plan.planId();
        stored.runnerId = plan.runnerId();
        stored.generatedAt = plan.generatedAt();
        stored.profileUpdatedAt = plan.basedOn().profileUpdatedAt();
        stored.payload = WireJson.write(plan);
        plans.persist(stored);
        outbox.append(EventKind.PLAN_GENERATED, plan.runnerId(), plan);
        issued.fire(new PlanIssued(plan.runnerId(), trigger));
        return plan;
    }
}
