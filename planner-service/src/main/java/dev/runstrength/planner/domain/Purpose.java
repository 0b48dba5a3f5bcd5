package dev.runstrength.planner.domain;

public enum Purpose {
    MOBILIZE, ACTIVATE, STRENGTH, STRENGTH_ENDURANCE, BALANCE, ROTATION, PLYOMETRIC, EXPLOSIVE, SWIFTNESS, FLUSH, STRETCH;

    public boolean isPower() {
        return this == PLYOMETRIC || this == EXPLOSIVE;
    }
}
