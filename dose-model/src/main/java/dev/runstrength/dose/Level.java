package dev.runstrength.dose;

/** A runner's strength-training experience, in increasing order (DOMAIN planner rule 4). */
public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED;

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }
}
