package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;

/**
 * One exercise in a session template: what it is there for ({@code role}), the purpose it is prescribed
 * for, whether it is the session's heavy main lift, the sets the time budget leaves it, and the exercise
 * it took the place of (a ladder move or a pain regression), or null. A PREPARE or RECOVER slot carries
 * its dose, which is the same every week. {@code supporting} marks a lower-body compound beside the
 * session's heavy lift ({@link HeavyLiftRule#supports}), dosed at the bottom of its range.
 */
record Slot(CatalogueExercise exercise, Role role, Purpose purpose, boolean heavy, int setsCap,
            CatalogueExercise replaced, Dose supportDose, boolean supporting) {

    /** Why an exercise is in a session, in the order the designer fills the needs. */
    enum Role { KEPT, HEAVY, POWER, COMPOUND, SINGLE_LEG, GROUP, ROTATION, EXTRA, MOBILIZE, ACTIVATE, RECOVER }

    static Slot strength(CatalogueExercise e, Role role, boolean heavy, CatalogueExercise replaced) {
        Purpose purpose = role == Role.ROTATION && e.hasPurpose(Purpose.ROTATION) ? Purpose.ROTATION : e.mainPurpose();
        return new Slot(e, role, purpose, heavy, Integer.MAX_VALUE, replaced, null, false);
    }

    static Slot support(CatalogueExercise e, Role role, Purpose purpose, Dose dose) {
        return new Slot(e, role, purpose, false, Integer.MAX_VALUE, null, dose, false);
    }

    Slot withSetsCap(int cap) {
        return new Slot(exercise, role, purpose, heavy, cap, replaced, supportDose, supporting);
    }

    Slot withSupportDose(Dose dose) {
        return new Slot(exercise, role, purpose, heavy, setsCap, replaced, dose, supporting);
    }

    Slot asHeavy() {
        return new Slot(exercise, role, purpose, true, setsCap, replaced, supportDose, false);
    }

    Slot withSupporting(boolean beside) {
        return beside == supporting ? this : new Slot(exercise, role, purpose, heavy, setsCap, replaced, supportDose, beside);
    }

    String id() {
        return exercise.id();
    }
}
