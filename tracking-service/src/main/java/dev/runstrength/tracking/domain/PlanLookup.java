package dev.runstrength.tracking.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The plans of one runner, as tracking knows them. */
public interface PlanLookup {

    Optional<PlanView> plan(String planId);

    /** The plan generated last at or before {@code time}, the runner's current plan at that moment. */
    Optional<PlanView> currentAt(Instant time);

    static PlanLookup none() {
        return of(List.of());
    }

    static PlanLookup of(Collection<PlanView> plans) {
        List<PlanView> byGeneration = plans.stream()
                .sorted(Comparator.comparing(PlanView::generatedAt).thenComparing(PlanView::planId))
                .toList();
        return new PlanLookup() {
            @Override
            public Optional<PlanView> plan(String planId) {
                return byGeneration.stream().filter(p -> p.planId().equals(planId)).findFirst();
            }

            @Override
            public Optional<PlanView> currentAt(Instant time) {
                PlanView current = null;
                for (PlanView plan : byGeneration) {
                    if (!plan.generatedAt().isAfter(time)) {
                        current = plan;
                    }
                }
                return Optional.ofNullable(current);
            }
        };
    }
}
