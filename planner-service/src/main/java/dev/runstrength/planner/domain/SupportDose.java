package dev.runstrength.planner.domain;

/**
 * The dose of PREPARE and RECOVER work, which is not level-dosed: rounds of the catalogue's reps
 * (bottom of the range) or hold. It is the part of a session that stretches or shrinks to meet the
 * time budget: from a short round (half the reps, at least 4; half the hold, at least 10 s) up to
 * {@value #MAX_ROUNDS} rounds at the top of the rep range or twice the hold.
 */
final class SupportDose {

    static final int MAX_ROUNDS = 4;

    private SupportDose() {
    }

    static int minAmount(CatalogExercise e) {
        CatalogPrescription p = e.prescription();
        if (p.isHold()) {
            return Math.min(p.holdSeconds(), Math.max(10, LevelDose.roundToFive(p.holdSeconds() / 2.0)));
        }
        return Math.min(p.repsMin(), Math.max(4, (p.repsMin() + 1) / 2));
    }

    static int baseAmount(CatalogExercise e) {
        CatalogPrescription p = e.prescription();
        return p.isHold() ? p.holdSeconds() : p.repsMin();
    }

    static int maxAmount(CatalogExercise e) {
        CatalogPrescription p = e.prescription();
        return p.isHold() ? 2 * p.holdSeconds() : p.repsMax();
    }

    static Dose dose(CatalogExercise e, int rounds, int amount) {
        return e.prescription().isHold() ? new Dose(rounds, null, amount, null) : new Dose(rounds, amount, null, null);
    }

    static Dose min(CatalogExercise e) {
        return dose(e, 1, minAmount(e));
    }

    static Dose max(CatalogExercise e) {
        return dose(e, MAX_ROUNDS, maxAmount(e));
    }

    /** The growth step after {@code amount} for this exercise: +2 reps or +10 s. */
    static int step(CatalogExercise e) {
        return e.prescription().isHold() ? 10 : 2;
    }
}
