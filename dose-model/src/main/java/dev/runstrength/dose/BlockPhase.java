package dev.runstrength.dose;

/**
 * The three phases of every session (seed 000), in the order they run. PREPARE and RECOVER are
 * support work: it stays light and never gains sets (DOMAIN "Tracking and progression", v1.1).
 */
public enum BlockPhase {
    PREPARE, STRENGTHEN, RECOVER;

    public boolean isSupport() {
        return this != STRENGTHEN;
    }
}
