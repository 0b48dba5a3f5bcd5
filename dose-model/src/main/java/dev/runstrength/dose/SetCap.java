package dev.runstrength.dose;

/**
 * How many sets a dose may have. STRENGTHEN work: the level's sets (BEGINNER 2, INTERMEDIATE and
 * ADVANCED 3), the same cap the planner puts on every week-1 dose, so a set tracking adds is one the
 * plan keeps. PREPARE and RECOVER work: up to {@value SupportDose#MOST_ROUNDS} rounds, which only the
 * planner's time budget hands out; progression never adds a set there (DOMAIN v1.1: it stays light).
 */
public final class SetCap {

    /** The most sets any dose of this model has: an advanced heavy lift's top, or support work's most rounds (4). */
    public static final int MOST_SETS = Math.max(HeavyLiftDose.ADVANCED.setsMax(), SupportDose.MOST_ROUNDS);

    private SetCap() {
    }

    public static int of(Level level, BlockPhase phase) {
        return phase.isSupport() ? SupportDose.MOST_ROUNDS : LevelDose.sets(level);
    }

    /** True when progression may add a set to a dose of {@code sets}: STRENGTHEN work below its cap. */
    public static boolean allowsOneMore(Level level, BlockPhase phase, int sets) {
        return !phase.isSupport() && sets < of(level, phase);
    }
}
