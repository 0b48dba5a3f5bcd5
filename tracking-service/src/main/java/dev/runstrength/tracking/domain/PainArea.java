package dev.runstrength.tracking.domain;

/** Pain areas of the contract (runner profile and completed workout). */
public enum PainArea {
    KNEE, ACHILLES, HEEL, FOOT, SHIN, HAMSTRING, HIP, GROIN, LOWER_BACK
}
