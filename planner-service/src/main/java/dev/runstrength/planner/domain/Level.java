package dev.runstrength.planner.domain;

public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED;

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }

    /** The sets of this level's week-1 strength dose (shared dose model, DOMAIN rule 4). */
    public int sets() {
        return dev.runstrength.dose.LevelDose.sets(toDose());
    }

    /** The same level in the shared dose model. */
    public dev.runstrength.dose.Level toDose() {
        return dev.runstrength.dose.Level.valueOf(name());
    }
}
