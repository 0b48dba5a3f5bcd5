package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.cloudevents.InboundEvent;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record that decoded, passed the contract and has not been applied by this consumer before: what a
 * {@link BatchHandler} receives.
 */
public record AcceptedEvent(EventKind kind, InboundEvent event, ConsumerRecord<String, byte[]> record) {

    /**
     * The data as JSON text: the record's value itself in binary and plain mode (where the value is the
     * data), so a large event is not written out again from its tree; the data re-written in structured mode.
     */
    public String dataJson() {
        return event.mode() == InboundEvent.Mode.STRUCTURED ? event.data().toString()
                : new String(record.value(), StandardCharsets.UTF_8);
    }

    /** The aggregate the event belongs to: the data's key field (runnerId, or the exercise id). */
    public String aggregateId() {
        return event.data().path(kind.keyField()).asText(null);
    }
}
