package dev.runstrength.planner.service;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.planner.persistence.PlanRepository;
import dev.runstrength.platform.rest.Params;
import dev.runstrength.platform.rest.ProblemException;
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

    /** The runner's current plan as published, or a 404 problem naming the runner. */
    public String currentOrNotFound(String runnerId) {
        return current(runnerId).orElseThrow(() -> noPlan(runnerId));
    }

    /** The runner's current plan as its record, for the exports (calendar, watch workout, printable page). */
    public Optional<TrainingPlan> currentPlan(String runnerId) {
        return current(runnerId).map(payload -> ContractJson.read(payload, TrainingPlan.class));
    }

    /** {@link #currentPlan}, or a 404 problem naming the runner. */
    public TrainingPlan currentPlanOrNotFound(String runnerId) {
        return currentPlan(runnerId).orElseThrow(() -> noPlan(runnerId));
    }

    private static ProblemException noPlan(String runnerId) {
        return ProblemException.notFound("runnerId: no plan for runner " + Params.echo(runnerId));
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
