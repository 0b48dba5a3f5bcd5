package dev.runstrength.contracts.model;

/** Which leg or side a set was done on. */
public enum Side {
    LEFT, RIGHT, BOTH
}
