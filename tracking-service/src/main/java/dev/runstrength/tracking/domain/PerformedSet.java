package dev.runstrength.tracking.domain;

/**
 * One set as the runner recorded it. Exactly what the app sent: any of reps, hold, load and RPE may
 * be absent.
 */
public record PerformedSet(Integer reps, Integer holdSeconds, Double loadKg, Side side, Double rpe) {

    public PerformedSet {
        side = side == null ? Side.BOTH : side;
    }

    public static PerformedSet reps(int reps) {
        return new PerformedSet(reps, null, null, Side.BOTH, null);
    }

    public static PerformedSet reps(int reps, double rpe) {
        return new PerformedSet(reps, null, null, Side.BOTH, rpe);
    }

    public static PerformedSet hold(int seconds) {
        return new PerformedSet(null, seconds, null, Side.BOTH, null);
    }

    public PerformedSet onSide(Side newSide) {
        return new PerformedSet(reps, holdSeconds, loadKg, newSide, rpe);
    }

    public PerformedSet withLoad(Double kg) {
        return new PerformedSet(reps, holdSeconds, kg, side, rpe);
    }

    public PerformedSet withRpe(Double newRpe) {
        return new PerformedSet(reps, holdSeconds, loadKg, side, newRpe);
    }

    /** Reps or hold seconds, whichever the prescription counts in; 0 when not recorded. */
    int amount(boolean countsHold) {
        Integer value = countsHold ? holdSeconds : reps;
        return value == null ? 0 : value;
    }
}
