package dev.runstrength.tracking.domain;

import dev.runstrength.dose.BlockPhase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One session of a plan with the prescriptions of all its blocks, in plan order, and the block each
 * exercise is first prescribed in ({@code blocks}, by exercise id; empty when unknown).
 */
public record PlannedSession(String planId, String sessionId, LocalDate date, List<Prescription> prescriptions,
                             Map<String, BlockPhase> blocks) {

    public PlannedSession {
        prescriptions = prescriptions == null ? List.of() : List.copyOf(prescriptions);
        blocks = blocks == null ? Map.of() : Map.copyOf(blocks);
    }

    public PlannedSession(String planId, String sessionId, LocalDate date, List<Prescription> prescriptions) {
        this(planId, sessionId, date, prescriptions, Map.of());
    }

    /** The first prescription for this exercise in the session, when it has one. */
    public Optional<Prescription> prescriptionFor(String exerciseId) {
        return prescriptions.stream().filter(p -> p.exerciseId().equals(exerciseId)).findFirst();
    }

    /** The block the session prescribes this exercise in, when it says. */
    public Optional<BlockPhase> blockOf(String exerciseId) {
        return Optional.ofNullable(blocks.get(exerciseId));
    }
}
