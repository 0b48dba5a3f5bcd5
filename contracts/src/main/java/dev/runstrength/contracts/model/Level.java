package dev.runstrength.contracts.model;

/** Strength-training experience, in increasing order. */
public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED
}
