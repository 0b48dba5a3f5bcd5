package dev.runstrength.planner.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.platform.inbox.EventIntake;
import dev.runstrength.replica.CatalogReplica;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the planner's own copy of the catalogue, so planning never calls catalog-service. */
@ApplicationScoped
public class CatalogConsumer {

    static final String CONSUMER = "planner.catalog";

    private final EventIntake intake;
    private final CatalogReplica replica;

    public CatalogConsumer(EventIntake intake, CatalogReplica replica) {
        this.intake = intake;
        this.replica = replica;
    }

    @Incoming("catalog-exercises")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return; // a tombstone on the compacted topic: compaction's business, not a catalogue change
        }
        intake.accept(CONSUMER, Set.of(EventKind.EXERCISE_UPSERTED, EventKind.EXERCISE_RETIRED), record,
                replica::apply);
    }
}
