package dev.runstrength.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every level that may be given an exercise can be given its level dose within the planner's foot-contact
 * cap for one session (DOMAIN rule 6). The planner never cuts a jump below its week-1 dose, so an exercise
 * whose dose is over every cap it is eligible for is never prescribed: a dead entry (the rope jump at
 * 3 x 30-50 was one).
 * <p>
 * The caps are the planner's ({@code PlyometricsGate}): NSCA guidance puts a newcomer to plyometrics at
 * 80-100 contacts a session; runners already take thousands of contacts a week running, so BEGINNER is
 * capped at 40, INTERMEDIATE at 60 and ADVANCED at 100.
 */
public final class DoseFitsFootContactCap implements IntegrityRule {

    public static int cap(Level level) {
        return switch (level) {
            case BEGINNER -> 40;
            case INTERMEDIATE -> 60;
            case ADVANCED -> 100;
        };
    }

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        Prescription dose = candidate.prescription();
        if (candidate.footContactsPerRep() <= 0 || dose == null || candidate.minLevel() == null || !readable(dose)) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        for (Level level : Level.values()) {
            if (!candidate.minLevel().atOrBelow(level)) {
                continue;
            }
            int contacts = LevelDose.footContacts(candidate, level);
            if (contacts > cap(level)) {
                violations.add(Violation.of("prescription",
                        "a dose whose " + level + " level dose (" + LevelDose.sets(level) + " x "
                                + LevelDose.amount(dose, level) + (dose.perSide() ? " per side" : "")
                                + ") stays within the " + level + " cap of " + cap(level) + " foot contacts",
                        contacts + " foot contacts"));
            }
        }
        return violations;
    }

    /** A dose DoseConsistency rejects is reported there, not here. */
    private static boolean readable(Prescription dose) {
        return dose.holdBased() ? dose.repsMin() == null && dose.repsMax() == null
                : dose.repsMin() != null && dose.repsMax() != null;
    }
}
