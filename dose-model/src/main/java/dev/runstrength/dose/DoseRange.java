package dev.runstrength.dose;

/**
 * Where an exercise's dose sits, in reps or hold seconds (DOMAIN rule 4, "bottom of the range",
 * "mid-range", "at the top").
 * <ul>
 * <li>Reps: the catalogue's range. {@code bottom} repsMin, {@code middle} halfway (rounded down),
 * {@code top} repsMax; progression stops at the top ({@code cap} = top), where load or a harder
 * variation takes over.</li>
 * <li>Holds: the catalogue gives one number, the reference, which sits in the middle. {@code bottom}
 * is two thirds of it (at least {@value #SHORTEST_HOLD_SECONDS} s, never above the reference),
 * {@code top} four thirds, both rounded to {@value #HOLD_ROUNDING_SECONDS} s: a 30 s plank is 20, 30
 * and 40 s. A hold may progress on to {@value #HOLD_CAP_FACTOR} times the reference ({@code cap},
 * 60 s for that plank): past that a harder variation trains more than a longer hold.</li>
 * </ul>
 */
public record DoseRange(boolean hold, int bottom, int middle, int top, int cap) {

    public static final int HOLD_CAP_FACTOR = 2;
    public static final int HOLD_ROUNDING_SECONDS = 5;
    /** Below 10 s a hold is too short to time or to train anything. */
    public static final int SHORTEST_HOLD_SECONDS = 10;

    public DoseRange {
        if (bottom > middle || middle > top || top > cap) {
            throw new IllegalArgumentException("range must rise: " + bottom + " " + middle + " " + top + " " + cap);
        }
    }

    public static DoseRange of(CatalogueDose dose) {
        if (dose.countsHold()) {
            int reference = dose.holdSeconds();
            int bottom = Math.min(reference, Math.max(SHORTEST_HOLD_SECONDS, roundToFive(reference * 2.0 / 3)));
            int top = Math.max(reference, roundToFive(reference * 4.0 / 3));
            return new DoseRange(true, bottom, reference, top, Math.max(top, reference * HOLD_CAP_FACTOR));
        }
        int min = dose.repsMin();
        int max = dose.repsMax();
        return new DoseRange(false, min, (min + max) / 2, max, max);
    }

    /** The amount moved into {@code bottom..cap}. */
    public int clamp(int amount) {
        return Math.max(bottom, Math.min(cap, amount));
    }

    public boolean contains(int amount) {
        return amount >= bottom && amount <= cap;
    }

    /** Seconds rounded to the nearest 5 s, at least 5 s. */
    public static int roundToFive(double seconds) {
        return Math.max(HOLD_ROUNDING_SECONDS,
                (int) Math.round(seconds / HOLD_ROUNDING_SECONDS) * HOLD_ROUNDING_SECONDS);
    }
}
