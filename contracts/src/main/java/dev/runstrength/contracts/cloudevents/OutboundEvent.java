package dev.runstrength.contracts.cloudevents;

import dev.runstrength.contracts.EventKind;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event RunStrength publishes.
 *
 * @param source a URI naming the producer, e.g. {@code urn:runstrength:planner-service}
 * @param key    the record key: the data's {@link EventKind#keyField()} value
 * @param data   a payload record of {@link EventKind#payloadType()} or a {@code JsonNode}
 */
public record OutboundEvent(EventKind kind, String id, String source, Instant time, String key, Object data) {

    public OutboundEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
    }

    /** A new event with a random UUID as its id. */
    public static OutboundEvent of(EventKind kind, String source, Instant time, String key, Object data) {
        return new OutboundEvent(kind, UUID.randomUUID().toString(), source, time, key, data);
    }
}
