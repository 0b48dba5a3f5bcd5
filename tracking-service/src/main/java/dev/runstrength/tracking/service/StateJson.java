package dev.runstrength.tracking.service;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.ContractJsonException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The engine's own values (progression snapshots, plan views) as JSON in tracking's tables: the
 * contract's settings, and a field added to a value later reads as absent from older JSON.
 */
public final class StateJson {

    private static final Logger LOG = Logger.getLogger(StateJson.class);

    private StateJson() {
    }

    public static String write(Object value) {
        return ContractJson.write(value);
    }

    /** The value, or empty (logged) when the JSON no longer reads as one: the caller rebuilds it instead. */
    public static <T> Optional<T> read(String json, Class<T> type, String what) {
        try {
            return Optional.of(ContractJson.read(json, type));
        } catch (ContractJsonException | IllegalArgumentException e) {
            LOG.warnf("Stored %s cannot be read (%s): it is rebuilt instead", what, e.getMessage());
            return Optional.empty();
        }
    }
}
