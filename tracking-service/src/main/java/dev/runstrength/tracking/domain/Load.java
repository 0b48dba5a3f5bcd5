package dev.runstrength.tracking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * External load steps of double progression. Loads move in 0.5 kg units (fractional plates and
 * micro-loading dumbbells exist; anything finer is not buyable), up by about 5 % but at least
 * {@link #SMALLEST_STEP_KG}, starting from {@link #ENTRY_KG} when there was no load.
 */
public final class Load {

    /** Baechle &amp; Earle suggest 2.5-5 % per step for small-muscle and lower-body work; we take 5 %. */
    public static final double STEP_FRACTION = 0.05;
    /** The smallest step that is worth a progression: 1 kg, the usual gap between light dumbbells. */
    public static final double SMALLEST_STEP_KG = 1.0;
    /** First load on a body-weight-at-the-top exercise: the lightest common dumbbell. */
    public static final double ENTRY_KG = 2.0;
    /** A DELOAD takes 10 % off the load. */
    public static final double DELOAD_FRACTION = 0.10;

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Load() {
    }

    /** The next load up: from nothing to {@link #ENTRY_KG}, else +max(5 %, 1 kg) rounded up to 0.5 kg. */
    public static double up(Double kg) {
        if (kg == null || kg <= 0) {
            return ENTRY_KG;
        }
        BigDecimal current = BigDecimal.valueOf(kg);
        BigDecimal step = current.multiply(BigDecimal.valueOf(STEP_FRACTION)).max(BigDecimal.valueOf(SMALLEST_STEP_KG));
        return toHalf(current.add(step), RoundingMode.CEILING);
    }

    /** The mirror of {@link #up}: at or below {@link #ENTRY_KG} the load goes (null), else -max(5 %, 1 kg) rounded down. */
    public static Double down(Double kg) {
        if (kg == null || kg <= ENTRY_KG) {
            return null;
        }
        BigDecimal current = BigDecimal.valueOf(kg);
        BigDecimal step = current.multiply(BigDecimal.valueOf(STEP_FRACTION)).max(BigDecimal.valueOf(SMALLEST_STEP_KG));
        double lower = toHalf(current.subtract(step), RoundingMode.FLOOR);
        return lower > 0 ? lower : null;
    }

    /** Deload: 10 % off, rounded down to 0.5 kg; no load when nothing is left. */
    public static Double deload(Double kg) {
        if (kg == null || kg <= 0) {
            return kg;
        }
        double lower = toHalf(BigDecimal.valueOf(kg).multiply(BigDecimal.valueOf(1 - DELOAD_FRACTION)), RoundingMode.FLOOR);
        return lower > 0 ? lower : null;
    }

    static String text(double kg) {
        return BigDecimal.valueOf(kg).stripTrailingZeros().toPlainString() + " kg";
    }

    private static double toHalf(BigDecimal kg, RoundingMode mode) {
        // Round to 2 decimals first so binary noise (10.000000001) never tips a ceiling.
        BigDecimal clean = kg.setScale(2, RoundingMode.HALF_UP);
        return clean.divide(HALF, 0, mode).multiply(HALF).doubleValue();
    }
}
