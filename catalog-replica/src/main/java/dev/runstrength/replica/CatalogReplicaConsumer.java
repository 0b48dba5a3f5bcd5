package dev.runstrength.replica;

import static dev.runstrength.contracts.EventKind.EXERCISE_RETIRED;
import static dev.runstrength.contracts.EventKind.EXERCISE_UPSERTED;

import dev.runstrength.platform.inbox.BatchHandler;
import dev.runstrength.platform.inbox.ChannelPositions;
import dev.runstrength.platform.inbox.EventIntake;
import dev.runstrength.platform.inbox.IntakeChannel;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code catalog.exercises} into this service's {@link CatalogReplica}, so that it never calls
 * catalog-service. Each service using the replica configures the {@code catalog-exercises} channel
 * (topic, its own consumer group, batch mode, dead-letter topic).
 */
@ApplicationScoped
public class CatalogReplicaConsumer {

    static final IntakeChannel CHANNEL =
            new IntakeChannel("catalog-exercises", CatalogReplica.CONSUMER, Set.of(EXERCISE_UPSERTED, EXERCISE_RETIRED));

    private final EventIntake intake;
    private final CatalogReplica replica;
    private final ChannelPositions positions;

    public CatalogReplicaConsumer(EventIntake intake, CatalogReplica replica, ChannelPositions positions) {
        this.intake = intake;
        this.replica = replica;
        this.positions = positions;
    }

    @Incoming("catalog-exercises")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> changes = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            // a tombstone on the compacted topic is compaction's business, not a catalogue change
            if (record.value() != null) {
                changes.add(record);
            }
        }
        intake.acceptBatch(CHANNEL, changes, BatchHandler.each(replica::apply));
        // the tombstones too: a partition ending in one is caught up (CatchUp) once the records before it are in
        positions.done(CHANNEL.channel(), records);
    }
}
