package dev.runstrength.catalog.domain;

/** Areas a runner can report pain in; an exercise contraindicated for one is never prescribed at severity 3 or more. */
public enum PainArea {
    KNEE, ACHILLES, HEEL, FOOT, SHIN, HAMSTRING, HIP, GROIN, LOWER_BACK
}
