package dev.runstrength.planner.domain;

public enum TrainingPhase {
    BASE, BUILD, PEAK, TAPER, RECOVERY, GENERAL;

    /** Phases in which the normal A/B pattern with weekly progression runs. */
    public boolean isRegular() {
        return this == BASE || this == BUILD || this == PEAK || this == GENERAL;
    }
}
