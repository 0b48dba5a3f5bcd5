package dev.runstrength.contracts.model;

/** Where a runner reports pain; also the areas an exercise can be contraindicated for. */
public enum PainArea {
    KNEE, ACHILLES, HEEL, FOOT, SHIN, HAMSTRING, HIP, GROIN, LOWER_BACK
}
