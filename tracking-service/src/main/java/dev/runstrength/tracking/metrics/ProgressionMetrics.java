package dev.runstrength.tracking.metrics;

import dev.runstrength.tracking.domain.Change;
import dev.runstrength.tracking.domain.Decision;
import dev.runstrength.tracking.service.ProgressionPublished;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code runstrength_progressions_total{decision="PROGRESS"|"HOLD"|"REGRESS"|"DELOAD"}}: one per exercise
 * change in each committed progression update, by the rule's decision (the contract's words), and
 * {@code runstrength_progression_updates_total}, the updates themselves. Counted after the commit; every
 * series exists from the start at 0.
 */
@ApplicationScoped
public class ProgressionMetrics {

    private final Map<Decision, Counter> byDecision = new EnumMap<>(Decision.class);
    private final Counter updates;

    public ProgressionMetrics(MeterRegistry registry) {
        for (Decision decision : Decision.values()) {
            byDecision.put(decision, Counter.builder("runstrength.progressions")
                    .description("Exercise prescriptions changed or kept by a progression update, by decision")
                    .tag("decision", decision.name())
                    .register(registry));
        }
        updates = Counter.builder("runstrength.progression.updates")
                .description("Progression updates committed (one per new workout)")
                .register(registry);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProgressionPublished published) {
        updates.increment();
        for (Change change : published.update().changes()) {
            byDecision.get(change.decision()).increment();
        }
    }
}
