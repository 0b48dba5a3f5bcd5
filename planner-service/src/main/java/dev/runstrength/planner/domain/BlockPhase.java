package dev.runstrength.planner.domain;

/** The three phases of every session (seed 000), in the order they run. */
public enum BlockPhase {
    PREPARE, STRENGTHEN, RECOVER;

    /** The same phase in the shared dose model. */
    public dev.runstrength.dose.BlockPhase toDose() {
        return dev.runstrength.dose.BlockPhase.valueOf(name());
    }
}
