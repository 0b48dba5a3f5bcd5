package dev.runstrength.planner.domain;

/** Pain areas of the profile (ANKLE and CALF since contract v1.1). Every area except LOWER_BACK counts as a leg area. */
public enum PainArea {
    KNEE, ACHILLES, HEEL, FOOT, ANKLE, SHIN, CALF, HAMSTRING, HIP, GROIN, LOWER_BACK;

    public boolean isLeg() {
        return this != LOWER_BACK;
    }
}
