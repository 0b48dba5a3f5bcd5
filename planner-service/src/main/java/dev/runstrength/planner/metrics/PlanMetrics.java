package dev.runstrength.planner.metrics;

import dev.runstrength.planner.service.PlanIssued;
import dev.runstrength.planner.service.PlanTrigger;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code runstrength_plans_generated_total{trigger="profile"|"progression"}}: plans committed, by what
 * made them. Counted after the commit, so a rolled-back plan is not counted; both series exist from the
 * start (at 0), so a rate over them never starts with a gap.
 */
@ApplicationScoped
public class PlanMetrics {

    private final Map<PlanTrigger, Counter> generated = new EnumMap<>(PlanTrigger.class);

    public PlanMetrics(MeterRegistry registry) {
        for (PlanTrigger trigger : PlanTrigger.values()) {
            generated.put(trigger, Counter.builder("runstrength.plans.generated")
                    .description("Plans generated and committed, by what triggered them")
                    .tag("trigger", trigger.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanIssued issued) {
        generated.get(issued.trigger()).increment();
    }
}
