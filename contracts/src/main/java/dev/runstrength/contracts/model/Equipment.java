package dev.runstrength.contracts.model;

/** Equipment a runner may own; body weight and floor space are always available. */
public enum Equipment {
    WALL, STEP, BOX, RESISTANCE_BAND, MINI_BAND, DUMBBELLS, KETTLEBELL, BARBELL, BENCH, JUMP_ROPE, FOAM_ROLLER
}
