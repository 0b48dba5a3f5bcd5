package dev.runstrength.planner.domain;

public enum Equipment { WALL, STEP, BOX, RESISTANCE_BAND, MINI_BAND, DUMBBELLS, KETTLEBELL, BARBELL, BENCH, JUMP_ROPE, FOAM_ROLLER }
