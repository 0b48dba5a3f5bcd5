package dev.runstrength.dose;

import java.math.BigDecimal;

/**
 * How external load moves, always to a load the implement offers ({@link Implement}).
 * <ul>
 * <li>{@link #up}: about {@value #STEP_PERCENT} % more, at least the implement's step (double
 * progression, Baechle &amp; Earle: 2.5-5 % for lower-body work; we take 5 %), rounded up to a real
 * load; from no load, the implement's lightest load.</li>
 * <li>{@link #down}: the mirror: the heaviest load from which one step {@link #up} would not pass the
 * current load; none below the lightest.</li>
 * <li>{@link #deload}: {@value #DELOAD_PERCENT} % less, rounded down to a real load; none below the
 * lightest.</li>
 * <li>{@link #weekly}: the planner's weeks 2 and 3 at the top of the range: {@value #STEP_PERCENT} %
 * a week on the week-1 load, rounded up to a real load, so a light dumbbell goes up one step and
 * then waits while a heavy barbell climbs every week.</li>
 * </ul>
 */
public final class LoadProgression {

    public static final int STEP_PERCENT = 5;
    public static final int DELOAD_PERCENT = 10;

    private LoadProgression() {
    }

    public static double up(Implement implement, Double kg) {
        if (kg == null || kg <= 0) {
            return implement.lightestKg();
        }
        double step = Math.max(percentOf(kg, STEP_PERCENT), implement.stepKg());
        return implement.atLeast(kg + step);
    }

    public static Double down(Implement implement, Double kg) {
        if (kg == null || kg <= 0) {
            return null;
        }
        for (Double lower = implement.atMost(kg); lower != null; lower = implement.atMost(lower - implement.stepKg())) {
            if (up(implement, lower) <= kg + 1e-9) {
                return lower;
            }
        }
        return null;
    }

    public static Double deload(Implement implement, Double kg) {
        if (kg == null || kg <= 0) {
            return null;
        }
        return implement.atMost(kg - percentOf(kg, DELOAD_PERCENT));
    }

    /** The load {@code weeks} weeks on from {@code kg} in the planner's rising weeks (0 weeks: unchanged). */
    public static double weekly(Implement implement, double kg, int weeks) {
        if (weeks <= 0 || kg <= 0) {
            return kg;
        }
        return implement.atLeast(kg + percentOf(kg, STEP_PERCENT * weeks));
    }

    private static double percentOf(double kg, int percent) {
        return BigDecimal.valueOf(kg).multiply(BigDecimal.valueOf(percent)).movePointLeft(2).doubleValue();
    }
}
