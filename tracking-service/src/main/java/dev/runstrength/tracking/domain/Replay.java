package dev.runstrength.tracking.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of folding a runner's whole history: the final state and the update of every workout,
 * keyed by workoutId in replay (completedAt, workoutId) order.
 */
public record Replay(ProgressionState finalState, Map<String, ProgressionUpdate> updates) {

    public Replay {
        updates = Collections.unmodifiableMap(new LinkedHashMap<>(updates));
    }
}
