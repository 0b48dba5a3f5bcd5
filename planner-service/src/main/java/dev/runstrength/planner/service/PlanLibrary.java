package dev.runstrength.planner.service;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.mapping.WireJson;
import dev.runstrength.planner.persistence.Plans;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Every plan ever generated, readable as published. */
@ApplicationScoped
public class PlanLibrary {

    private final Plans plans;

    public PlanLibrary(Plans plans) {
        this.plans = plans;
    }

    public Optional<TrainingPlan> current(String runnerId) {
        return plans.current(runnerId).map(row -> WireJson.read(row.payload, TrainingPlan.class));
    }

    public Optional<TrainingPlan> byId(String planId) {
        return plans.findByIdOptional(planId).map(row -> WireJson.read(row.payload, TrainingPlan.class));
    }
}
