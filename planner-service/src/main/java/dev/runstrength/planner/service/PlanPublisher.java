package dev.runstrength.planner.service;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.domain.PreviousPlan;
import dev.runstrength.planner.mapping.ContinuationRecord;
import dev.runstrength.planner.mapping.HeldProgression;
import dev.runstrength.planner.mapping.PlanMapping;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.planner.persistence.PlanRepository;
import dev.runstrength.planner.persistence.PlanEntity;
import dev.runstrength.planner.persistence.ProgressionEntity;
import dev.runstrength.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Drafts a runner's plan from a profile, the progression state and the current plan, stores it and publishes it
 * through the outbox.
 */
@ApplicationScoped
public class PlanPublisher {

    private final PlanRepository plans;
    private final PlanDrafter drafter;
    private final Outbox outbox;
    private final Event<PlanIssued> issued;

    public PlanPublisher(PlanRepository plans, PlanDrafter drafter, Outbox outbox, Event<PlanIssued> issued) {
        this.plans = plans;
        this.drafter = drafter;
        this.outbox = outbox;
        this.issued = issued;
    }

    /** The progression states held in these rows, by runner id. */
    static Map<String, HeldProgression> held(Map<String, ProgressionEntity> rows) {
        Map<String, HeldProgression> held = new HashMap<>();
        rows.forEach((runnerId, row) -> held.put(runnerId, ContractJson.read(row.payload, HeldProgression.class)));
        return held;
    }

    /**
     * Drafts, stores and publishes the runner's next plan. It continues the current plan (rule 11, v1.1): its block
     * calendar and session slots, read from the continuation record stored beside it, as the batch read it (or as
     * an earlier event of the batch issued it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TrainingPlan issue(RunnerProfile profile, Instant profileUpdatedAt, HeldProgression progression,
                              PlanTrigger trigger, HeldRunners.Batch batch) {
        PreviousPlan previous = batch.currentPlan(profile.runnerId()).map(this::previous).orElse(null);
        DraftedPlan drafted = drafter.draft(profile, progression.toDomain(profileUpdatedAt), previous);
        TrainingPlan plan = drafted.plan();
        PlanEntity stored = new PlanEntity();
        stored.planId = plan.planId();
        stored.runnerId = plan.runnerId();
        stored.generatedAt = plan.generatedAt();
        stored.profileUpdatedAt = plan.basedOn().profileUpdatedAt();
        stored.payload = ContractJson.write(plan);
        stored.blockStart = drafted.blockStart();
        stored.continuation = ContinuationRecord.encode(PlanMapping.toPrevious(plan, drafted.blockStart()));
        plans.persist(stored);
        batch.planIssued(plan.runnerId(), new PlanRepository.Current(stored.planId, stored.blockStart, stored.continuation));
        // the stored text is the event's data: written once, not serialised a second time for the outbox
        outbox.append(EventKind.PLAN_GENERATED, plan.runnerId(), new RawValue(stored.payload));
        issued.fire(new PlanIssued(plan.runnerId(), trigger));
        return plan;
    }

    private PreviousPlan previous(PlanRepository.Current current) {
        if (current.continuation() != null) {
            return ContinuationRecord.decode(current.continuation());
        }
        // stored before continuation records were kept (V14_2): the slots are in the published JSON
        return PlanMapping.toPrevious(ContractJson.read(plans.payloadOf(current.planId()), TrainingPlan.class),
                current.blockStart());
    }
}
