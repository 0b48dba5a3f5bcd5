package dev.runstrength.contracts.cloudevents;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;

import java.time.Instant;

/**
 * A decoded incoming record. For a plain-JSON record {@code id} is derived from the data (see
 * {@link EventKind#identityOf}), {@code source} is {@link CloudEventHeaders#PLAIN_SOURCE} and {@code time} is null.
 * The data is not yet validated against its schema: call {@code ContractValidator.validate(kind(), data(), key)}.
 *
 * @param time the CloudEvents {@code time}, null when the producer gave none
 * @param data the data as a tree; null when only the attributes were decoded
 *             ({@link CloudEventCodec#decodeAttributes}) and the caller reads the value itself
 */
public record InboundEvent(String id, String source, String type, Instant time, JsonNode data, Mode mode) {

    public enum Mode {
        /** {@code ce_*} headers, value = data. */
        BINARY,
        /** The whole CloudEvent as a JSON value. */
        STRUCTURED,
        /** No CloudEvents attributes, value = data. */
        PLAIN
    }

    /** The event kind of {@link #type()}; decoding only returns types of the kinds it was asked for. */
    public EventKind kind() {
        return EventKind.ofType(type).orElseThrow(() -> new IllegalStateException("unknown type " + type));
    }
}
