package dev.runstrength.dose;

import java.util.Optional;

/**
 * The dose of a heavy main lift (DOMAIN rule 4, v1.1): heavy, low-rep work improves running economy
 * more than light high-rep work (Blagrove et al. 2018; Rønnestad &amp; Mujika 2014). ADVANCED 3-4 sets
 * of 4-6 reps at a target RPE of 7-8, INTERMEDIATE 3 x 6-8 at RPE 7; beginners get none. The runner
 * picks the load that meets the RPE (RPE 8 = about two reps left in reserve), so a suggested load may
 * be absent. The planner's choice of the lift is its own rule; these are the numbers it doses it with.
 */
public record HeavyLiftDose(int setsMin, int setsMax, int repsMin, int repsMax, double targetRpeMin,
                            double targetRpeMax) {

    public static final HeavyLiftDose ADVANCED = new HeavyLiftDose(3, 4, 4, 6, 7.0, 8.0);
    public static final HeavyLiftDose INTERMEDIATE = new HeavyLiftDose(3, 3, 6, 8, 7.0, 7.0);

    public HeavyLiftDose {
        if (setsMin < 1 || setsMax < setsMin || repsMin < 1 || repsMax < repsMin
                || targetRpeMin < 1 || targetRpeMax < targetRpeMin || targetRpeMax > 10) {
            throw new IllegalArgumentException("not a heavy-lift dose: " + setsMin + "-" + setsMax + " x "
                    + repsMin + "-" + repsMax + " at RPE " + targetRpeMin + "-" + targetRpeMax);
        }
    }

    public static Optional<HeavyLiftDose> forLevel(Level level) {
        return switch (level) {
            case BEGINNER -> Optional.empty();
            case INTERMEDIATE -> Optional.of(INTERMEDIATE);
            case ADVANCED -> Optional.of(ADVANCED);
        };
    }

    /** Where a block starts: the fewest sets at the most reps (the lighter end), no suggested load. */
    public Dose start() {
        return Dose.ofReps(setsMin, repsMax);
    }

    /** True when a reps dose lies within these sets and reps. */
    public boolean contains(Dose dose) {
        return !dose.countsHold() && dose.sets() >= setsMin && dose.sets() <= setsMax
                && dose.reps() >= repsMin && dose.reps() <= repsMax;
    }
}
