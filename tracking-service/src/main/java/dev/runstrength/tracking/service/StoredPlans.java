package dev.runstrength.tracking.service;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.tracking.domain.PlanLookup;
import dev.runstrength.tracking.domain.PlanView;
import dev.runstrength.tracking.mapping.PlanMapping;
import dev.runstrength.tracking.persistence.PlanRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One runner's stored plans as the engine looks them up during one fold: which plan was current at a
 * time comes from the plans' generation times (read once, without their content), and only the plans
 * actually looked up are read and parsed ({@link PlanCache}). Same answers as
 * {@link PlanLookup#of} over all the runner's plans, without reading them all for every workout.
 */
final class StoredPlans implements PlanLookup {

    private final PlanRepository plans;
    private final PlanCache cache;
    private final String runnerId;
    private List<PlanRepository.Generated> byGeneration;

    StoredPlans(PlanRepository plans, PlanCache cache, String runnerId) {
        this.plans = plans;
        this.cache = cache;
        this.runnerId = runnerId;
    }

    @Override
    public Optional<PlanView> plan(String planId) {
        return cache.get(runnerId, planId, () -> plans.payloadOf(runnerId, planId)
                .map(payload -> PlanMapping.toDomain(RunnerHistory.read(payload, TrainingPlan.class, "plan " + planId))));
    }

    @Override
    public Optional<PlanView> currentAt(Instant time) {
        if (byGeneration == null) {
            byGeneration = plans.generatedOf(runnerId).stream()
                    .sorted(Comparator.comparing(PlanRepository.Generated::generatedAt)
                            .thenComparing(PlanRepository.Generated::planId))
                    .toList();
        }
        String current = null;
        for (PlanRepository.Generated plan : byGeneration) {
            if (plan.generatedAt().isAfter(time)) {
                break;
            }
            current = plan.planId();
        }
        return current == null ? Optional.empty() : plan(current);
    }
}
