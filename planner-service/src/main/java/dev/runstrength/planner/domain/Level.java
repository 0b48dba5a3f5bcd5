package dev.runstrength.planner.domain;

public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED;

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }

    /** The same level in the shared dose model. */
    public dev.runstrength.dose.Level toDose() {
        return dev.runstrength.dose.Level.valueOf(name());
    }
}
