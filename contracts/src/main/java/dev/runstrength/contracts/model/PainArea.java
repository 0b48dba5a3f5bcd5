package dev.runstrength.contracts.model;

/**
 * Where a runner reports pain; also the areas an exercise can be contraindicated for and the areas it
 * loads. {@code ANKLE} and {@code CALF} were added in contract v1.1.
 */
public enum PainArea {
    KNEE, ACHILLES, HEEL, FOOT, ANKLE, SHIN, CALF, HAMSTRING, HIP, GROIN, LOWER_BACK
}
