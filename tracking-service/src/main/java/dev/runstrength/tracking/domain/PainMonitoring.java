package dev.runstrength.tracking.domain;

import java.util.Optional;

/**
 * The pain-monitoring model for loading painful tendons (Silbernagel et al. 2007, Am J Sports Med):
 * pain 0-3 of 10 during exercise is acceptable, 4-5 is the caution zone (allowed if it settles by
 * the next morning), above 5 is too much.
 */
public final class PainMonitoring {

    public enum Zone { ACCEPTABLE, CAUTION, TOO_MUCH }

    public static final int CAUTION_FROM = 4;
    public static final int TOO_MUCH_FROM = 6;

    private PainMonitoring() {
    }

    public static Zone zone(int painLevel) {
        if (painLevel >= TOO_MUCH_FROM) {
            return Zone.TOO_MUCH;
        }
        return painLevel >= CAUTION_FROM ? Zone.CAUTION : Zone.ACCEPTABLE;
    }

    /**
     * The PAIN flag for an exercise reported with pain of 4 or more, whether it was done, skipped or
     * unknown to the catalogue: the planner needs the area either way. It carries the reported pain
     * as its severity.
     */
    public static Optional<Flag> flag(String exerciseName, PerformedExercise performed) {
        int pain = performed.pain();
        String where = performed.painArea() == null ? "" : " (" + performed.painArea() + ")";
        String head = "Pain " + pain + "/10" + where + " during " + exerciseName + ": ";
        return switch (zone(pain)) {
            case ACCEPTABLE -> Optional.empty();
            case CAUTION -> Optional.of(new Flag(FlagType.PAIN, performed.painArea(), pain, head
                    + "4-5 is the caution zone. Keep going only if it settles by the next morning"
                    + " and does not build from week to week."));
            case TOO_MUCH -> Optional.of(new Flag(FlagType.PAIN, performed.painArea(), pain, head
                    + "above 5 is too much, so this exercise steps back. If the pain persists, see a clinician"
                    + " (this is not medical advice)."));
        };
    }
}
