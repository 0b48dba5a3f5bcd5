package dev.runstrength.planner.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What tracking reported for this runner (DOMAIN rule 11): current prescriptions by exercise id
 * and pain flags, which act like profile pain for their area. Empty until the loop issue fills it.
 */
public record ProgressionState(Instant updatedAt, Map<String, Prescription> prescriptions, List<Pain> painFlags) {

    public ProgressionState {
        prescriptions = prescriptions == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(prescriptions));
        painFlags = painFlags == null ? List.of() : List.copyOf(painFlags);
    }

    public static ProgressionState empty() {
        return new ProgressionState(null, Map.of(), List.of());
    }
}
