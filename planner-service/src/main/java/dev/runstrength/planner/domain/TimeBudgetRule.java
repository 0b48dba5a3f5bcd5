package dev.runstrength.planner.domain;

/**
 * DOMAIN rule 2: every session's estimate lies between 70 % of minutesPerSession (rounded up to
 * a whole minute) and minutesPerSession.
 */
public final class TimeBudgetRule {

    public static final String CODE = "TIME_BUDGET";
    public static final int FLOOR_PERCENT = 70;

    private TimeBudgetRule() {
    }

    public static int floorMinutes(int minutesPerSession) {
        return (minutesPerSession * FLOOR_PERCENT + 99) / 100;
    }

    public static boolean fits(int estimatedMinutes, int minutesPerSession) {
        return estimatedMinutes <= minutesPerSession && estimatedMinutes >= floorMinutes(minutesPerSession);
    }

    static int ceilingSeconds(int minutesPerSession) {
        return minutesPerSession * 60;
    }

    /** The smallest total in seconds whose estimate reaches the floor. */
    static int floorSeconds(int minutesPerSession) {
        return (floorMinutes(minutesPerSession) - 1) * 60 + 1;
    }

    static String message(int minutesPerSession, boolean setsCut) {
        String base = "Every session is estimated at " + floorMinutes(minutesPerSession) + "-" + minutesPerSession
                + " minutes (your " + minutesPerSession + " minutes, at least " + FLOOR_PERCENT
                + " % used), counting work, rest between sets and "
                + DurationEstimate.TRANSITION_SECONDS + " s to change exercise.";
        return setsCut
                ? base + " To fit the required exercises in, strength sets were cut below your level's usual number."
                : base;
    }
}
