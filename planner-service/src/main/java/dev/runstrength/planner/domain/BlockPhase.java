package dev.runstrength.planner.domain;

/** The three phases of every session (seed 000), in the order they run. */
public enum BlockPhase { PREPARE, STRENGTHEN, RECOVER }
