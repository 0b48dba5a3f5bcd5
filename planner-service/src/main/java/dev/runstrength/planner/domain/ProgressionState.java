package dev.runstrength.planner.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What tracking reported for this runner (DOMAIN rule 11). {@code prescriptions} is keyed by the
 * exercise the runner was doing (the change's {@code from} id) and holds where tracking moved it
 * ({@code to}; a different exercise id is a ladder move). {@code reasons} are tracking's readable
 * reasons by the same key. Pain flags act like profile pain for their area.
 */
public record ProgressionState(Instant updatedAt, Map<String, Prescription> prescriptions, List<Pain> painFlags,
                               Map<String, String> reasons) {

    public ProgressionState {
        prescriptions = prescriptions == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(prescriptions));
        painFlags = painFlags == null ? List.of() : List.copyOf(painFlags);
        reasons = reasons == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(reasons));
    }

    public ProgressionState(Instant updatedAt, Map<String, Prescription> prescriptions, List<Pain> painFlags) {
        this(updatedAt, prescriptions, painFlags, Map.of());
    }

    public static ProgressionState empty() {
        return new ProgressionState(null, Map.of(), List.of(), Map.of());
    }
}
