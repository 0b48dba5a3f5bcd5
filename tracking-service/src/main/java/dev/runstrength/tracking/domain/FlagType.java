package dev.runstrength.tracking.domain;

public enum FlagType {
    PAIN, ASYMMETRY, MISSED_SESSIONS, OVERREACHING
}
