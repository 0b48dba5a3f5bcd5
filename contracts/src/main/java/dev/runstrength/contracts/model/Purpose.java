package dev.runstrength.contracts.model;

/** What an exercise is for inside a session. */
public enum Purpose {
    MOBILIZE, ACTIVATE, STRENGTH, STRENGTH_ENDURANCE, BALANCE, ROTATION, PLYOMETRIC, EXPLOSIVE, SWIFTNESS, FLUSH, STRETCH
}
