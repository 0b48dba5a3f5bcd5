package dev.runstrength.tracking.service;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.tracking.domain.PlanLookup;
import dev.runstrength.tracking.domain.PlanView;
import dev.runstrength.tracking.mapping.PlanMapping;
import dev.runstrength.tracking.persistence.PlanRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One runner's stored plans as the engine looks them up during one fold: which plan was current at a
 * time is one indexed query, and only the plans actually looked up are read, from their compact view
 * ({@link PlanCache}). Same answers as {@link PlanLookup#of} over all the runner's plans, without
 * reading them all for every workout.
 */
final class StoredPlans implements PlanLookup {

    private final PlanRepository plans;
    private final PlanCache cache;
    private final String runnerId;
    private final Map<Instant, Optional<String>> current = new HashMap<>();

    StoredPlans(PlanRepository plans, PlanCache cache, String runnerId) {
        this.plans = plans;
        this.cache = cache;
        this.runnerId = runnerId;
    }

    /** The view kept with the plan; the payload of a plan stored before V14_1 read and mapped when there is none of this version. */
    @Override
    public Optional<PlanView> plan(String planId) {
        return cache.get(runnerId, planId, () -> plans.contentOf(runnerId, planId).map(content -> {
            Optional<PlanView> kept = kept(content, "view of plan " + planId);
            return kept.orElseGet(() -> PlanMapping.toDomain(ContractJson.read(
                    content.payload() != null ? content.payload() : plans.payloadOf(runnerId, planId)
                            .orElseThrow(() -> new IllegalStateException("plan " + planId + " has a view of format "
                                    + content.viewFormat() + ", not " + PlanViews.FORMAT + ", and no payload to map"
                                    + " again: rebuild tracking from offset 0 to read its plans again")),
                    TrainingPlan.class)));
        }));
    }

    /** The stored view when it is of a format this version reads: the compact form, or the JSON written before V14_2. */
    static Optional<PlanView> kept(PlanRepository.Content content, String what) {
        Integer format = content.viewFormat();
        if (format != null && format == PlanViews.FORMAT && content.viewData() != null) {
            return PlanViews.read(content.viewData(), what);
        }
        if (format != null && format == PlanViews.JSON_FORMAT && content.view() != null) {
            return StateJson.read(content.view(), PlanView.class, what);
        }
        return Optional.empty();
    }

    @Override
    public Optional<PlanView> currentAt(Instant time) {
        // one indexed query per distinct time: a runner may have hundreds of plans (a new one after each
        // progress), and reading all their generation times for every fold would grow with them
        return current.computeIfAbsent(time, t -> plans.currentAt(runnerId, t)).flatMap(this::plan);
    }
}
