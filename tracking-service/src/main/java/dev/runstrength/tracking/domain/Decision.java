package dev.runstrength.tracking.domain;

/** What happens to an exercise's prescription after a workout. */
public enum Decision {
    PROGRESS, HOLD, REGRESS, DELOAD
}
