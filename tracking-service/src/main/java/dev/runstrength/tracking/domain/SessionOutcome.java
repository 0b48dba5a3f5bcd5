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

    /** "all sets at target, RPE 7" / "missed the target in 2 sets" — the evidence a reason quotes. */
    String evidence(boolean countsHold) {
        if (success) {
            String base = "all sets at target";
            if (maxRpe != null) {
                base += ", RPE " + SessionSuccess.rpeText(maxRpe);
            }
            if (spare >= 1) {
                base += ", " + spare + (countsHold ? " s" : spare == 1 ? " rep" : " reps") + " to spare";
            }
            return base;
        }
        if (failure) {
            StringBuilder text = new StringBuilder();
            if (setsMissed >= SessionSuccess.FAILED_SETS) {
                text.append("missed the target in ").append(setsMissed).append(" sets");
            }
            if (maxRpe != null && maxRpe >= SessionSuccess.FAILURE_RPE) {
                text.append(text.isEmpty() ? "" : ", ").append("RPE ").append(SessionSuccess.rpeText(maxRpe));
            }
            return text.toString();
        }
        if (setsMissed > 0) {
            return "missed the target in " + setsMissed + (setsMissed == 1 ? " set" : " sets")
                    + (maxRpe != null && maxRpe > SessionSuccess.SUCCESS_MAX_RPE ? ", RPE " + SessionSuccess.rpeText(maxRpe) : "");
        }
        return "all sets at target but RPE " + SessionSuccess.rpeText(maxRpe);
    }
}
