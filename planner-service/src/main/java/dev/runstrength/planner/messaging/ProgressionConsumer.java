package dev.runstrength.planner.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.ProgressionUpdate;
import dev.runstrength.planner.service.ProgressionUpdates;
import dev.runstrength.platform.inbox.EventIntake;
import dev.runstrength.platform.inbox.IntakeChannel;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Progression updates from {@code tracking.progressions} (rule 11), a poll's batch at a time: merged
 * into the runner's state, and a new plan on {@code planner.plans} when one is called for. Invalid
 * records go to {@code tracking.progressions.dlq} (EventIntake); a repeated event changes nothing.
 */
@ApplicationScoped
public class ProgressionConsumer {

    static final String CONSUMER = "planner.progressions";
    static final IntakeChannel CHANNEL =
            new IntakeChannel("tracking-progressions", CONSUMER, Set.of(EventKind.PROGRESSION_UPDATED));

    private final EventIntake intake;
    private final ProgressionUpdates updates;

    public ProgressionConsumer(EventIntake intake, ProgressionUpdates updates) {
        this.intake = intake;
        this.updates = updates;
    }

    @Incoming("tracking-progressions")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        intake.acceptBatch(CHANNEL, records,
                events -> updates.applyAll(events.stream().map(event -> event.payload(ProgressionUpdate.class)).toList()));
    }
}
