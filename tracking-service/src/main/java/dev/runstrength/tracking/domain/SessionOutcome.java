package dev.runstrength.tracking.domain;

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
