package dev.runstrength.tracking.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.RunnerErased;
import dev.runstrength.platform.inbox.EventIntake;
import dev.runstrength.tracking.service.RunnerErasure;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The erasures on {@code runner.profiles} (contract v1.1): tracking forgets the runner. The profiles on that
 * topic are the planner's, and skipped here without a dead letter; an erasure that breaks the contract is
 * dead-lettered like any record.
 */
@ApplicationScoped
public class ErasureConsumer {

    public static final String CONSUMER = "tracking.erasures";

    private final EventIntake intake;
    private final RunnerErasure erasure;

    public ErasureConsumer(EventIntake intake, RunnerErasure erasure) {
        this.intake = intake;
        this.erasure = erasure;
    }

    @Incoming("runner-erasures")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.acceptOnly(CONSUMER, Set.of(EventKind.RUNNER_ERASED), record,
                (kind, event) -> erasure.apply(EventData.read(event, RunnerErased.class), event.id()));
    }
}
