package dev.runstrength.tracking.domain;

/** How much an exercise loads a body area (catalogue {@code loads}, CONTRACT v1.1). */
public enum AreaLoad {
    LOW, MODERATE, HIGH
}
