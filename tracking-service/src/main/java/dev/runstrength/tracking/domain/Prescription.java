package dev.runstrength.tracking.domain;

import dev.runstrength.dose.Dose;
import java.math.BigDecimal;

/**
 * A dose of one exercise: sets of reps or of a timed hold, with an optional external load.
 * Exactly one of reps and holdSeconds is normally set; reps win when both are.
 */
public record Prescription(String exerciseId, int sets, Integer reps, Integer holdSeconds, Double loadKg) {

    public Prescription {
        if (exerciseId == null || exerciseId.isBlank()) {
            throw new IllegalArgumentException("exerciseId is required");
        }
        if (loadKg != null && loadKg < 0) {
            throw new IllegalArgumentException("loadKg must not be negative, was " + loadKg);
        }
    }

    public static Prescription ofReps(String exerciseId, int sets, int reps) {
        return new Prescription(exerciseId, sets, reps, null, null);
    }

    public static Prescription ofHold(String exerciseId, int sets, int holdSeconds) {
        return new Prescription(exerciseId, sets, null, holdSeconds, null);
    }

    /** A shared-model dose for this exercise. */
    public static Prescription of(String exerciseId, Dose dose) {
        return new Prescription(exerciseId, dose.sets(), dose.reps(), dose.holdSeconds(), dose.loadKg());
    }

    /** This prescription as a shared-model dose; it must have a target and at least one set. */
    public Dose toDose() {
        return countsHold() ? new Dose(sets, null, holdSeconds, loadKg) : new Dose(sets, target(), null, loadKg);
    }

    public boolean countsHold() {
        return reps == null && holdSeconds != null;
    }

    public boolean hasTarget() {
        return reps != null || holdSeconds != null;
    }

    public boolean loaded() {
        return loadKg != null && loadKg > 0;
    }

    /** Reps or hold seconds, whichever this prescription counts in. */
    public int target() {
        return countsHold() ? holdSeconds : (reps == null ? 0 : reps);
    }

    public Prescription withSets(int newSets) {
        return new Prescription(exerciseId, newSets, reps, holdSeconds, loadKg);
    }

    public Prescription withTarget(int value) {
        return countsHold()
                ? new Prescription(exerciseId, sets, null, value, loadKg)
                : new Prescription(exerciseId, sets, value, null, loadKg);
    }

    public Prescription withLoad(Double kg) {
        return new Prescription(exerciseId, sets, reps, holdSeconds, kg);
    }

    /** "3 x 12", "2 x 30 s", "3 x 10 at 12.5 kg": how reasons name a dose. */
    public String dose() {
        String amount = countsHold() ? holdSeconds + " s" : String.valueOf(reps);
        return sets + " x " + amount + (loaded() ? " at " + kgText(loadKg) : "");
    }

    /** "12.5 kg", "8 kg". */
    static String kgText(double kg) {
        return BigDecimal.valueOf(kg).stripTrailingZeros().toPlainString() + " kg";
    }
}
