package dev.runstrength.catalog.domain;

/** What an exercise trains; seed 000 names the session roles, seed 004 the speed qualities. */
public enum Purpose {
    MOBILIZE, ACTIVATE, STRENGTH, STRENGTH_ENDURANCE, BALANCE, ROTATION, PLYOMETRIC, EXPLOSIVE, SWIFTNESS, FLUSH, STRETCH
}
