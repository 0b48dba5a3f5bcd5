package dev.runstrength.tracking.domain;

import dev.runstrength.dose.DoseSteps;

/**
 * How one performed exercise measured up to its prescription.
 *
 * @param setsMet     prescribed sets done at or above target (per side: the weaker side's count)
 * @param setsMissed  prescribed sets not done at target, including sets not done at all
 * @param spare       the smallest margin above target over the prescribed sets counted (negative when short)
 * @param maxRpe      the highest set RPE recorded, null when none was
 * @param success     every prescribed set at target and RPE at most 8 where given
 * @param failure     missed target in 2 or more sets, or an RPE of 9.5 or more
 */
public record SessionOutcome(int setsMet, int setsMissed, int spare, Double maxRpe, boolean success,
                             boolean failure) {

    /*
     * RPE on the 1-10 scale anchored to reps in reserve (Zourdos et al. 2016): 8 leaves about two reps in
     * reserve, the most a set may cost and still count as a success; 9.5 means maybe one rep was left, the
     * mark of a failed set even when the reps were made.
     */
    public static final double SUCCESS_MAX_RPE = 8.0;
    public static final double FAILURE_RPE = 9.5;
    /** Missing the target in one set is noise (a bad set); two sets is a pattern. */
    public static final int FAILED_SETS = 2;
    /** A success this easy (highest set RPE at most 7, about three reps in reserve) is comfortable. */
    public static final double EASY_RPE = 7.0;
    /** Or beaten by this much in every prescribed set: reps, or seconds for a hold (one hold step). */
    public static final int SPARE_REPS = 2;
    public static final int SPARE_HOLD_SECONDS = DoseSteps.HOLD_STEP_SECONDS;

    /** Whether the session was comfortable: highest set RPE at most {@link #EASY_RPE}, or enough to spare. */
    boolean comfortable(boolean countsHold) {
        return (maxRpe != null && maxRpe <= EASY_RPE) || spare >= (countsHold ? SPARE_HOLD_SECONDS : SPARE_REPS);
    }

    /** "2 reps" / "5 s": the margin that makes a session comfortable without an RPE. */
    static String comfortableSpare(boolean countsHold) {
        return countsHold ? SPARE_HOLD_SECONDS + " s" : SPARE_REPS + " reps";
    }

    /** "all sets at target, RPE 7" / "missed the target in 2 sets" — the evidence a reason quotes. */
    String evidence(boolean countsHold) {
        if (success) {
            String base = "all sets at target";
            if (maxRpe != null) {
                base += ", RPE " + Rpe.text(maxRpe);
            }
            if (spare >= 1) {
                base += ", " + spare + (countsHold ? " s" : spare == 1 ? " rep" : " reps") + " to spare";
            }
            return base;
        }
        if (failure) {
            StringBuilder text = new StringBuilder();
            if (setsMissed >= FAILED_SETS) {
                text.append("missed the target in ").append(setsMissed).append(" sets");
            }
            if (maxRpe != null && maxRpe >= FAILURE_RPE) {
                text.append(text.isEmpty() ? "" : ", ").append("RPE ").append(Rpe.text(maxRpe));
            }
            return text.toString();
        }
        if (setsMissed > 0) {
            return "missed the target in " + setsMissed + (setsMissed == 1 ? " set" : " sets")
                    + (maxRpe != null && maxRpe > SUCCESS_MAX_RPE ? ", RPE " + Rpe.text(maxRpe) : "");
        }
        return "all sets at target but RPE " + Rpe.text(maxRpe);
    }
}
