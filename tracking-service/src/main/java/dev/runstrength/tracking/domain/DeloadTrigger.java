package dev.runstrength.tracking.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a whole workout deloads (DOMAIN: DELOAD): a gap of {@link #GAP} or more since the previous
 * workout (MISSED_SESSIONS), or a session RPE of {@link #HARD_SESSION_RPE} or more in this and the
 * previous workout (OVERREACHING). The run of hard sessions restarts after a deload, so a third hard
 * session alone does not deload again.
 */
public final class DeloadTrigger {

    /** Two weeks off: enough for tendon and neuromuscular tolerance to drop noticeably. */
    public static final Duration GAP = Duration.ofDays(14);
    /** Session RPE 9 of 10: at most one rep or a few seconds left in the tank, by the RIR scale. */
    public static final double HARD_SESSION_RPE = 9.0;

    private DeloadTrigger() {
    }

    public static Optional<DeloadCause> check(ProgressionState before, Workout workout) {
        List<Flag> flags = new ArrayList<>();
        List<String> why = new ArrayList<>();
        if (before.lastWorkoutAt() != null) {
            Duration gap = Duration.between(before.lastWorkoutAt(), workout.completedAt());
            if (gap.compareTo(GAP) >= 0) {
                String text = "No workout for " + gap.toDays() + " days";
                why.add(text);
                flags.add(new Flag(FlagType.MISSED_SESSIONS, null,
                        text + ": this session and each exercise in it deload, then build back up."));
            }
        }
        if (hard(workout) && before.hardSessionsInARow() >= 1) {
            String text = "Two very hard sessions in a row (session RPE "
                    + Rpe.text(before.lastSessionRpe()) + " then " + Rpe.text(workout.sessionRpe()) + ")";
            why.add(text);
            flags.add(new Flag(FlagType.OVERREACHING, null,
                    text + ": signs of overreaching, so every exercise deloads; sleep and easy running help."));
        }
        return flags.isEmpty() ? Optional.empty() : Optional.of(new DeloadCause(flags, String.join(" and ", why)));
    }

    /** The run of hard sessions after this workout. */
    static int hardSessionsAfter(ProgressionState before, Workout workout, boolean deloaded) {
        if (deloaded || !hard(workout)) {
            return 0;
        }
        return before.hardSessionsInARow() + 1;
    }

    private static boolean hard(Workout workout) {
        return workout.sessionRpe() != null && workout.sessionRpe() >= HARD_SESSION_RPE;
    }
}
