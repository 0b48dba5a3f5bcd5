package dev.runstrength.planner.domain;

/** Movement pattern of an exercise; drives the order inside STRENGTHEN. */
public enum Pattern { PLYOMETRIC, SQUAT, LUNGE, HINGE, CALF_FOOT, CORE, ROTATION, BALANCE, HIP, MOBILITY, ACTIVATION, FLUSH, STRETCH }
