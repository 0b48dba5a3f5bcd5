package dev.runstrength.catalog.domain;

/** Strength-training experience, ordered from easiest to hardest. */
public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED;

    /** True when an exercise of this level may be given to a runner of {@code runnerLevel}. */
    public boolean atOrBelow(Level runnerLevel) {
        return compareTo(runnerLevel) <= 0;
    }

    public boolean above(Level other) {
        return compareTo(other) > 0;
    }
}
