package dev.runstrength.contracts.model;

/** What tracking decided for an exercise after a workout. */
public enum Decision {
    PROGRESS, HOLD, REGRESS, DELOAD
}
