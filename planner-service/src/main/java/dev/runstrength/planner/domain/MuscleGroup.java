package dev.runstrength.planner.domain;

public enum MuscleGroup { GLUTES, QUADS, CALVES, HAMSTRINGS, HIP_FLEXORS, ADDUCTORS, SHIN, FOOT, CORE, BACK, UPPER_BODY }
