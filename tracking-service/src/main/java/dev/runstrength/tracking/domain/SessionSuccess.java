package dev.runstrength.tracking.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Judges one performed exercise against its prescription (DOMAIN: success and failure).
 *
 * <p>Counting: the sets are compared in the prescription's unit (reps, or hold seconds for a hold).
 * For an exercise done per side (unilateral or perSide), LEFT and RIGHT sets are counted in two lanes
 * and a BOTH set counts in each lane; a prescribed set is met only when both lanes met it, so the
 * weaker side decides. Otherwise every set counts, whatever its side. In each lane the best sets are
 * matched to the prescribed sets (extra sets never hurt); a prescribed set with no matching set is
 * missed.
 *
 * <p>RPE on the 1-10 scale anchored to reps in reserve (Zourdos et al. 2016): 8 leaves about two
 * reps in reserve, the most a set may cost and still count as a success; 9.5 means maybe one rep
 * was left, the mark of a failed set even when the reps were made.
 */
public final class SessionSuccess {

    public static final double SUCCESS_MAX_RPE = 8.0;
    public static final double FAILURE_RPE = 9.5;
    /** Missing the target in one set is noise (a bad set); two sets is a pattern. */
    public static final int FAILED_SETS = 2;

    private SessionSuccess() {
    }

    public static SessionOutcome judge(Prescription prescription, PerformedExercise performed, boolean sided) {
        boolean hold = prescription.countsHold();
        int target = prescription.target();
        int sets = Math.max(1, prescription.sets());
        List<List<Integer>> lanes = sided
                ? List.of(lane(performed, hold, Side.LEFT), lane(performed, hold, Side.RIGHT))
                : List.of(lane(performed, hold, null));
        int met = Integer.MAX_VALUE;
        int spare = Integer.MAX_VALUE;
        for (List<Integer> lane : lanes) {
            int laneMet = 0;
            for (int i = 0; i < sets; i++) {
                int amount = i < lane.size() ? lane.get(i) : 0;
                if (amount >= target) {
                    laneMet++;
                }
                spare = Math.min(spare, amount - target);
            }
            met = Math.min(met, laneMet);
        }
        int missed = sets - met;
        Double maxRpe = performed.sets().stream()
                .map(PerformedSet::rpe)
                .filter(r -> r != null)
                .max(Comparator.naturalOrder())
                .orElse(null);
        boolean success = missed == 0 && (maxRpe == null || maxRpe <= SUCCESS_MAX_RPE);
        boolean failure = missed >= FAILED_SETS || (maxRpe != null && maxRpe >= FAILURE_RPE);
        return new SessionOutcome(met, missed, spare, maxRpe, success, failure);
    }

    static String rpeText(Double rpe) {
        return rpe == Math.rint(rpe) ? String.valueOf(rpe.intValue()) : String.valueOf(rpe);
    }

    private static List<Integer> lane(PerformedExercise performed, boolean hold, Side side) {
        List<Integer> amounts = new ArrayList<>();
        for (PerformedSet set : performed.sets()) {
            if (side == null || set.side() == side || set.side() == Side.BOTH) {
                amounts.add(set.amount(hold));
            }
        }
        amounts.sort(Comparator.reverseOrder());
        return amounts;
    }
}
