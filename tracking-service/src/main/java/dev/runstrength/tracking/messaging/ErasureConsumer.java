package dev.runstrength.tracking.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.events.RunnerErased;
import dev.runstrength.platform.inbox.AcceptedEvent;
import dev.runstrength.platform.inbox.EventIntake;
import dev.runstrength.platform.inbox.IntakeChannel;
import dev.runstrength.tracking.service.RunnerErasure;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The erasures on {@code runner.profiles} (contract v1.1), a poll's batch at a time: tracking forgets the runner.
 * The profiles on that topic are the planner's, and skipped here; so is a record that breaks the contract,
 * which the planner, the topic's own consumer, dead-letters.
 */
@ApplicationScoped
public class ErasureConsumer {

    public static final String CONSUMER = "tracking.erasures";
    static final IntakeChannel CHANNEL = IntakeChannel.readingOnly("runner-erasures", CONSUMER,
            Topics.RUNNER_PROFILES, Set.of(EventKind.RUNNER_ERASED));

    private final EventIntake intake;
    private final RunnerErasure erasure;

    public ErasureConsumer(EventIntake intake, RunnerErasure erasure) {
        this.intake = intake;
        this.erasure = erasure;
    }

    @Incoming("runner-erasures")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        intake.acceptBatch(CHANNEL, records, events -> {
            for (AcceptedEvent event : events) {
                erasure.apply(event.payload(RunnerErased.class), event.event().id());
            }
        });
    }
}
