package dev.runstrength.planner.service;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.planner.persistence.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Every plan ever generated, as the JSON published on {@code planner.plans}. */
@ApplicationScoped
public class PlanLibrary {

    private final PlanRepository plans;

    public PlanLibrary(PlanRepository plans) {
        this.plans = plans;
    }

    public Optional<String> current(String runnerId) {
        return plans.current(runnerId).map(row -> row.payload);
    }

    /** The runner's current plan as its record, for the exports (calendar, watch workout, printable page). */
    public Optional<TrainingPlan> currentPlan(String runnerId) {
        return current(runnerId).map(payload -> ContractJson.read(payload, TrainingPlan.class));
    }

    public Optional<String> byId(String planId) {
        return plans.findByIdOptional(planId).map(row -> row.payload);
    }

    /** The plan and whose it is, so the caller can check it may see it. */
    public Optional<Found> byIdWithRunner(String planId) {
        return plans.findByIdOptional(planId).map(row -> new Found(row.runnerId, row.payload));
    }

    public record Found(String runnerId, String payload) {
    }
}
