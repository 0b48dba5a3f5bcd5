package dev.runstrength.tracking.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.runstrength.contracts.ContractJson;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The engine's own values (progression snapshots, plan views) as JSON in tracking's tables: the
 * contract's settings, and a field added to a value later reads as absent from older JSON.
 */
public final class StateJson {

    private static final Logger LOG = Logger.getLogger(StateJson.class);
    private static final ObjectMapper MAPPER = ContractJson.mapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private StateJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(value.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }

    /** The value, or empty (logged) when the JSON no longer reads as one: the caller rebuilds it instead. */
    public static <T> Optional<T> read(String json, Class<T> type, String what) {
        try {
            return Optional.of(MAPPER.readValue(json, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warnf("Stored %s cannot be read (%s): it is rebuilt instead", what, e.getMessage());
            return Optional.empty();
        }
    }
}
