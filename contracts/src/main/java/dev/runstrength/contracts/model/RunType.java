package dev.runstrength.contracts.model;

/** The kind of run on one day of the runner's usual week. */
public enum RunType {
    EASY, HARD, LONG
}
