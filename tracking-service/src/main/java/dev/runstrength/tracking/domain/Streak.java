package dev.runstrength.tracking.domain;

/**
 * Sessions in a row that met or failed the prescription, counting the one being judged. A skipped
 * exercise is no evidence either way and leaves both counts alone; a session that is neither a
 * success nor a failure breaks both runs; a session with pain in the caution zone or above never
 * counts as a success.
 */
public record Streak(int successes, int failures) {

    public static final Streak NONE = new Streak(0, 0);
    /** Successes in a row that make an exercise ready to move up (the 2-for-2 idea). */
    public static final int SUCCESSES_TO_PROGRESS = 2;

    /** Whether the successes in a row are enough to move up, if the last session was comfortable. */
    boolean readyToProgress() {
        return successes >= SUCCESSES_TO_PROGRESS;
    }

    static Streak after(ExerciseProgress previous, SessionOutcome outcome, int painLevel) {
        Streak before = previous == null ? NONE : new Streak(previous.successesInARow(), previous.failuresInARow());
        if (outcome == null) {
            return before;
        }
        if (outcome.failure()) {
            return new Streak(0, before.failures + 1);
        }
        if (outcome.success() && PainMonitoring.zone(painLevel) == PainMonitoring.Zone.ACCEPTABLE) {
            return new Streak(before.successes + 1, 0);
        }
        return NONE;
    }
}
