package dev.runstrength.catalog.domain;

/** Groups the weekly coverage rule reads (GLUTES, QUADS, CALVES, HAMSTRINGS, HIP_FLEXORS, CORE) and the rest. */
public enum MuscleGroup {
    GLUTES, QUADS, CALVES, HAMSTRINGS, HIP_FLEXORS, ADDUCTORS, SHIN, FOOT, CORE, BACK, UPPER_BODY
}
