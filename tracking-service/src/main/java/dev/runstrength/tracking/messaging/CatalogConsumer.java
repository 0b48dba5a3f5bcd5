package dev.runstrength.tracking.messaging;

import static dev.runstrength.contracts.EventKind.EXERCISE_RETIRED;
import static dev.runstrength.contracts.EventKind.EXERCISE_UPSERTED;

import dev.runstrength.platform.inbox.EventIntake;
import dev.runstrength.replica.CatalogReplica;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code catalog.exercises} into the catalogue replica: doses and ladders the engine judges with. */
@ApplicationScoped
public class CatalogConsumer {

    public static final String CONSUMER = "tracking.catalog";

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
            return; // a compaction tombstone, not an event
        }
        intake.accept(CONSUMER, Set.of(EXERCISE_UPSERTED, EXERCISE_RETIRED), record, replica::apply);
    }
}
