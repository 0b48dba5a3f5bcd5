package dev.runstrength.planner.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.ProgressionUpdate;
import dev.runstrength.planner.mapping.WireJson;
import dev.runstrength.planner.service.ProgressionUpdates;
import dev.runstrength.platform.inbox.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Progression updates from {@code tracking.progressions} (rule 11): merged into the runner's state,
 * and a new plan on {@code planner.plans} when one is called for. Invalid records go to
 * {@code tracking.progressions.dlq} (EventIntake); a repeated event changes nothing.
 */
@ApplicationScoped
public class ProgressionConsumer {

    static final String CONSUMER = "planner.progressions";

    private final EventIntake intake;
    private final ProgressionUpdates updates;

    public ProgressionConsumer(EventIntake intake, ProgressionUpdates updates) {
        this.intake = intake;
        this.updates = updates;
    }

    @Incoming("tracking-progressions")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(CONSUMER, Set.of(EventKind.PROGRESSION_UPDATED), record,
                (kind, event) -> updates.apply(WireJson.read(event.data(), ProgressionUpdate.class)));
    }
}
