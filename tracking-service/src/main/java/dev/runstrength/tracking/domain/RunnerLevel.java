package dev.runstrength.tracking.domain;

/** Strength-training experience, in increasing order. */
public enum RunnerLevel {
    BEGINNER, INTERMEDIATE, ADVANCED;

    public boolean atLeast(RunnerLevel other) {
        return compareTo(other) >= 0;
    }
}
