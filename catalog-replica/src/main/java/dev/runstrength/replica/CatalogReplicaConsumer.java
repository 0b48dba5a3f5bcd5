package dev.runstrength.replica;

import static dev.runstrength.contracts.EventKind.EXERCISE_RETIRED;
import static dev.runstrength.contracts.EventKind.EXERCISE_UPSERTED;

import dev.runstrength.platform.inbox.EventIntake;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code catalog.exercises} into this service's {@link CatalogReplica}, so that it never calls
 * catalog-service. Each service using the replica configures the {@code catalog-exercises} channel
 * (topic, its own consumer group, dead-letter topic).
 */
@ApplicationScoped
public class CatalogReplicaConsumer {

    private final EventIntake intake;
    private final CatalogReplica replica;

    public CatalogReplicaConsumer(EventIntake intake, CatalogReplica replica) {
        this.intake = intake;
        this.replica = replica;
    }

    @Incoming("catalog-exercises")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return; // a tombstone on the compacted topic is compaction's business, not a catalogue change
        }
        intake.accept(CatalogReplica.CONSUMER, Set.of(EXERCISE_UPSERTED, EXERCISE_RETIRED), record, replica::apply);
    }
}
