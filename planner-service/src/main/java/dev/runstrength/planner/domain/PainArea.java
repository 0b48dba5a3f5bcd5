package dev.runstrength.planner.domain;

/** Pain areas of the profile (ANKLE and CALF since contract v1.1). Every area except LOWER_BACK counts as a leg area. */
public enum PainArea {
    KNEE, ACHILLES, HEEL, FOOT, ANKLE, SHIN, CALF, HAMSTRING, HIP, GROIN, LOWER_BACK;

    public boolean isLeg() {
        return this != LOWER_BACK;
    }

    /** The foot chain takes every foot strike: HEEL, ACHILLES, FOOT, ANKLE, SHIN and CALF (DOMAIN rule 5). */
    public boolean isFootChain() {
        return this == HEEL || this == ACHILLES || this == FOOT || this == ANKLE || this == SHIN || this == CALF;
    }

    /** How a runner reads it: "lower back", "Achilles". */
    public String words() {
        return this == ACHILLES ? "Achilles" : name().toLowerCase().replace('_', ' ');
    }
}
