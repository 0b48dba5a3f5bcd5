package dev.runstrength.catalog.domain;

/**
 * The movement family of an exercise. The planner orders STRENGTHEN work by it (seed 004 sample
 * session): plyometric first, then squat, lunge and hinge, then calf and foot, then core, hip last.
 */
public enum MovementPattern {
    PLYOMETRIC, SQUAT, LUNGE, HINGE, CALF_FOOT, CORE, ROTATION, BALANCE, HIP, MOBILITY, ACTIVATION, FLUSH, STRETCH
}
