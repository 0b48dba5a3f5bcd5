package dev.runstrength.planner.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.ContractJson;

/** Wire-model records to and from the JSON text the planner stores (the contract's JSON settings). */
public final class WireJson {

    private WireJson() {
    }

    public static String write(Object value) {
        try {
            return ContractJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return ContractJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** Data that has passed contract validation, as its record. */
    public static <T> T read(JsonNode json, Class<T> type) {
        try {
            return ContractJson.mapper().treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
