package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.cloudevents.InboundEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record that decoded, passed the contract and has not been applied by this consumer before: what a
 * {@link BatchHandler} receives.
 */
public record AcceptedEvent(EventKind kind, InboundEvent event, ConsumerRecord<String, byte[]> record) {

    /** The aggregate the event belongs to: the data's key field (runnerId, or the exercise id). */
    public String aggregateId() {
        return event.data().path(kind.keyField()).asText(null);
    }
}
