package dev.runstrength.contracts.model;

/** Ground-impact load of an exercise. */
public enum Impact {
    NONE, LOW, HIGH
}
