package dev.runstrength.planner.domain;

/** Pain areas of the profile. Every area except LOWER_BACK counts as a leg area. */
public enum PainArea {
    KNEE, ACHILLES, HEEL, FOOT, SHIN, HAMSTRING, HIP, GROIN, LOWER_BACK;

    public boolean isLeg() {
        return this != LOWER_BACK;
    }
}
