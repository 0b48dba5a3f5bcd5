package dev.runstrength.tracking.domain;

/** Pain areas of the contract (runner profile and completed workout); ANKLE and CALF since contract v1.1. */
public enum PainArea {
    KNEE, ACHILLES, HEEL, FOOT, ANKLE, SHIN, CALF, HAMSTRING, HIP, GROIN, LOWER_BACK
}
