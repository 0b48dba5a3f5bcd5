package dev.runstrength.catalog.domain;

/**
 * Areas a runner can report pain in (ANKLE and CALF since contract v1.1). An exercise names the ones it
 * loads in {@code loads}; one contraindicated for an area is never prescribed at severity 3 or more.
 */
public enum PainArea {
    KNEE, ACHILLES, HEEL, FOOT, ANKLE, SHIN, CALF, HAMSTRING, HIP, GROIN, LOWER_BACK
}
