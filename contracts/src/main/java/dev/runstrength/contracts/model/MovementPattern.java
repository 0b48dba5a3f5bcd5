package dev.runstrength.contracts.model;

/** Movement pattern of an exercise; drives the order inside STRENGTHEN. */
public enum MovementPattern {
    PLYOMETRIC, SQUAT, LUNGE, HINGE, CALF_FOOT, CORE, ROTATION, BALANCE, HIP, MOBILITY, ACTIVATION, FLUSH, STRETCH
}
