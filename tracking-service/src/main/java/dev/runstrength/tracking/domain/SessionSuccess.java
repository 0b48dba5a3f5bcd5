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
 * <p>The thresholds of success and failure are {@link SessionOutcome}'s.
 */
public final class SessionSuccess {

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
        boolean success = missed == 0 && (maxRpe == null || maxRpe <= SessionOutcome.SUCCESS_MAX_RPE);
        boolean failure = missed >= SessionOutcome.FAILED_SETS || (maxRpe != null && maxRpe >= SessionOutcome.FAILURE_RPE);
        return new SessionOutcome(met, missed, spare, maxRpe, success, failure);
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
