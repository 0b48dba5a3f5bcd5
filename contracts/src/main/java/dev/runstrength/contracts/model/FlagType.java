package dev.runstrength.contracts.model;

public enum FlagType {
    PAIN, ASYMMETRY, MISSED_SESSIONS, OVERREACHING
}
