package dev.runstrength.dose;

/**
 * How much of one exercise: sets (rounds) of reps or of a timed hold, with an optional external load.
 * Exactly one of reps and holdSeconds is set; a load of 0 or less is no load.
 */
public record Dose(int sets, Integer reps, Integer holdSeconds, Double loadKg) {

    public Dose {
        if (sets < 1) {
            throw new IllegalArgumentException("sets must be at least 1, was " + sets);
        }
        if ((reps == null) == (holdSeconds == null)) {
            throw new IllegalArgumentException("exactly one of reps and holdSeconds must be set");
        }
        if ((reps != null && reps < 0) || (holdSeconds != null && holdSeconds < 0)) {
            throw new IllegalArgumentException("reps and holdSeconds must not be negative");
        }
        loadKg = loadKg == null || loadKg <= 0 ? null : loadKg;
    }

    public static Dose ofReps(int sets, int reps) {
        return new Dose(sets, reps, null, null);
    }

    public static Dose ofHold(int sets, int holdSeconds) {
        return new Dose(sets, null, holdSeconds, null);
    }

    public boolean countsHold() {
        return holdSeconds != null;
    }

    /** Reps, or hold seconds for a hold. */
    public int amount() {
        return reps != null ? reps : holdSeconds;
    }

    /** Work volume: sets x reps (or sets x hold seconds). */
    public int volume() {
        return sets * amount();
    }

    public boolean loaded() {
        return loadKg != null;
    }

    public Dose withSets(int newSets) {
        return new Dose(newSets, reps, holdSeconds, loadKg);
    }

    /** The same dose with this many reps, or seconds for a hold. */
    public Dose withAmount(int newAmount) {
        return reps != null ? new Dose(sets, newAmount, null, loadKg) : new Dose(sets, null, newAmount, loadKg);
    }

    public Dose withLoad(Double newLoadKg) {
        return new Dose(sets, reps, holdSeconds, newLoadKg);
    }
}
