package dev.runstrength.tracking.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.cloudevents.InboundEvent;
import dev.runstrength.platform.inbox.RejectedRecord;

/** Reads a validated event's data into its wire-model record. */
final class EventData {

    private EventData() {
    }

    static <T> T read(InboundEvent event, Class<T> type) {
        try {
            return ContractJson.mapper().treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the schema accepted it, so this is a gap between schema and record: dead-letter, never retry
            throw new RejectedRecord("data: cannot be read as " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs the mapping into the domain once, so data the domain refuses is dead-lettered at once
     * with the domain's reason instead of failing (and being retried) deep inside a replay.
     */
    static void check(Runnable toDomain) {
        try {
            toDomain.run();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RejectedRecord("data: " + e.getMessage(), e);
        }
    }
}
