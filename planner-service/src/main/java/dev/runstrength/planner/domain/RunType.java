package dev.runstrength.planner.domain;

/** A run in the runner's usual week; HARD and LONG runs need fresh legs the day before. */
public enum RunType {
    EASY, HARD, LONG;

    public boolean needsFreshLegs() {
        return this != EASY;
    }
}
