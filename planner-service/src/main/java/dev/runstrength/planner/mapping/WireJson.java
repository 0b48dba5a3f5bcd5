package dev.runstrength.planner.mapping;

import dev.runstrength.contracts.ContractJson;

/**
 * @deprecated use {@link ContractJson}; this delegate stays only until {@code ProfileUpdates} and
 * {@code ProgressionUpdates} call it directly.
 */
@Deprecated
public final class WireJson {

    private WireJson() {
    }

    public static String write(Object value) {
        return ContractJson.write(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return ContractJson.read(json, type);
    }
}
