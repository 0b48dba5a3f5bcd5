package dev.runstrength.tracking.domain;

import dev.runstrength.dose.Level;

/** Strength-training experience, in increasing order. */
public enum RunnerLevel {
    BEGINNER, INTERMEDIATE, ADVANCED;

    public boolean atLeast(RunnerLevel other) {
        return compareTo(other) >= 0;
    }

    /** The same level in the shared dose model. */
    public Level toDose() {
        return Level.valueOf(name());
    }
}
