package dev.runstrength.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reference dose is readable by the planner: exactly one of a reps range or a hold, a range
 * that is not upside down, load only on loadable exercises, and a time per rep for reps work.
 */
public final class DoseConsistency implements IntegrityRule {

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        Prescription dose = candidate.prescription();
        List<Violation> violations = new ArrayList<>();
        if (candidate.footContactsPerRep() < 0) {
            violations.add(Violation.of("footContactsPerRep", "0 or more", candidate.footContactsPerRep()));
        }
        if (candidate.secondsPerRep() < 0) {
            violations.add(Violation.of("secondsPerRep", "0 or more", candidate.secondsPerRep()));
        }
        if (dose == null) {
            return violations;
        }
        if (dose.sets() < 1) {
            violations.add(Violation.of("prescription.sets", "at least 1", dose.sets()));
        }
        if (dose.restSeconds() < 0) {
            violations.add(Violation.of("prescription.restSeconds", "0 or more", dose.restSeconds()));
        }
        boolean hasRange = dose.repsMin() != null || dose.repsMax() != null;
        boolean hasHold = dose.holdSeconds() != null;
        if (hasRange == hasHold) {
            violations.add(Violation.of("prescription",
                    "exactly one of repsMin+repsMax or holdSeconds",
                    "repsMin=" + dose.repsMin() + ", repsMax=" + dose.repsMax() + ", holdSeconds=" + dose.holdSeconds()));
        } else if (hasRange) {
            checkRange(candidate, dose, violations);
        } else if (dose.holdSeconds() < 1) {
            violations.add(Violation.of("prescription.holdSeconds", "at least 1", dose.holdSeconds()));
        }
        if (dose.loadKg() != null) {
            if (dose.loadKg() <= 0) {
                violations.add(Violation.of("prescription.loadKg", "null or more than 0", dose.loadKg()));
            }
            if (!candidate.loadable()) {
                violations.add(Violation.of("prescription.loadKg", "null because loadable is false", dose.loadKg()));
            }
        }
        return violations;
    }

    private static void checkRange(Exercise candidate, Prescription dose, List<Violation> violations) {
        if (dose.repsMin() == null || dose.repsMax() == null) {
            violations.add(Violation.of("prescription", "both repsMin and repsMax",
                    "repsMin=" + dose.repsMin() + ", repsMax=" + dose.repsMax()));
            return;
        }
        if (dose.repsMin() < 1) {
            violations.add(Violation.of("prescription.repsMin", "at least 1", dose.repsMin()));
        }
        if (dose.repsMin() > dose.repsMax()) {
            violations.add(Violation.of("prescription.repsMax", "at least repsMin (" + dose.repsMin() + ")",
                    dose.repsMax()));
        }
        if (candidate.secondsPerRep() < 1) {
            violations.add(Violation.of("secondsPerRep", "at least 1 for a reps prescription",
                    candidate.secondsPerRep()));
        }
    }
}
