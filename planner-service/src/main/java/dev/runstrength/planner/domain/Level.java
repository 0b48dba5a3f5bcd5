package dev.runstrength.planner.domain;

public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED;

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }
}
