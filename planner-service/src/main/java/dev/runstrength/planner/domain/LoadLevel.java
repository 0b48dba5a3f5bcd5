package dev.runstrength.planner.domain;

/**
 * How much an exercise stresses a pain area (catalogue {@code loads}, contract v1.1): an area the
 * exercise does not name, it does not load. Kneeling counts as a HIGH load on the knee.
 */
public enum LoadLevel {
    LOW, MODERATE, HIGH;

    public boolean above(LoadLevel other) {
        return compareTo(other) > 0;
    }
}
