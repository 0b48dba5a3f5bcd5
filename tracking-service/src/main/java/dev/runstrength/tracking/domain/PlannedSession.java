package dev.runstrength.tracking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One session of a plan with the prescriptions of all its blocks, in plan order. */
public record PlannedSession(String planId, String sessionId, LocalDate date, List<Prescription> prescriptions) {

    public PlannedSession {
        prescriptions = prescriptions == null ? List.of() : List.copyOf(prescriptions);
    }

    /** The first prescription for this exercise in the session, when it has one. */
    public Optional<Prescription> prescriptionFor(String exerciseId) {
        return prescriptions.stream().filter(p -> p.exerciseId().equals(exerciseId)).findFirst();
    }
}
