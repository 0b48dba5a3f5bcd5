package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.ContractJsonException;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.cloudevents.InboundEvent;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record that decoded, passed the contract and has not been applied by this consumer before: what a
 * {@link BatchHandler} receives. {@code kept} is what the channel's {@link DataReader} kept of the data,
 * null on a channel without one; a binary-mode record read that way has no data tree ({@code event.data()}
 * is null).
 */
public record AcceptedEvent(EventKind kind, InboundEvent event, ConsumerRecord<String, byte[]> record,
                            DataReader.Kept kept) {

    public AcceptedEvent(EventKind kind, InboundEvent event, ConsumerRecord<String, byte[]> record) {
        this(kind, event, record, null);
    }

    /** What the channel's reader kept of the data. */
    public <T> T kept(Class<T> type) {
        if (kept == null) {
            throw new IllegalStateException("the channel has no DataReader: read event().data()");
        }
        return type.cast(kept.value());
    }

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
        return kept != null ? kept.aggregateId() : event.data().path(kind.keyField()).asText(null);
    }

    /** The data as its payload record, or a {@link RejectedRecord}: see {@link #payload(Class, Consumer)}. */
    public <T> T payload(Class<T> type) {
        return payload(type, read -> { });
    }

    /**
     * The one way a consumer turns a record into its payload: the data read as {@code type}, then handed
     * once to {@code toDomain} (the consumer's mapping into its domain, run for its refusals only).
     * The schema has already accepted the data, so data the record cannot hold, or that the domain refuses
     * ({@code IllegalArgumentException}, {@code NullPointerException}), is a gap between schema and code:
     * a {@link RejectedRecord} naming {@code data}, dead-lettered at once, never retried.
     */
    public <T> T payload(Class<T> type, Consumer<? super T> toDomain) {
        T payload;
        try {
            payload = ContractJson.read(event.data(), type);
        } catch (ContractJsonException | IllegalArgumentException e) {
            throw new RejectedRecord("data: " + e.getMessage(), e);
        }
        try {
            toDomain.accept(payload);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RejectedRecord("data: " + e.getMessage(), e);
        }
        return payload;
    }
}
