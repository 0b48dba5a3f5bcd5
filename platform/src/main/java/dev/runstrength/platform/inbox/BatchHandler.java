package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.cloudevents.InboundEvent;
import java.util.List;

/**
 * Applies new events to a service's state, inside the transaction the intake opened for them. The
 * events come in the order the records were polled (offset order within a partition, so per-key order).
 *
 * <p>Throw {@link RejectedRecord} for data the contract accepts but the domain refuses: the intake then
 * rolls the batch back and finds the record by applying them one at a time. Any other exception counts
 * as possibly transient (the batch is retried).
 */
@FunctionalInterface
public interface BatchHandler {

    void apply(List<AcceptedEvent> events) throws Exception;

    /** Something that applies one event; {@link #each} turns it into a batch handler. */
    @FunctionalInterface
    interface EventHandler {
        void apply(EventKind kind, InboundEvent event) throws Exception;
    }

    /** A batch handler that applies the events one after the other, all in the batch's transaction. */
    static BatchHandler each(EventHandler handler) {
        return events -> {
            for (AcceptedEvent event : events) {
                handler.apply(event.kind(), event.event());
            }
        };
    }
}
