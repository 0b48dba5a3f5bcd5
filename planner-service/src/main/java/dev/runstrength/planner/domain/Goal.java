package dev.runstrength.planner.domain;

public enum Goal { GENERAL_FITNESS, SPEED, ENDURANCE, INJURY_RESILIENCE, TRAIL }
