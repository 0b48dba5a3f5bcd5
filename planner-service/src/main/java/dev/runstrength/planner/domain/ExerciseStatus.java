package dev.runstrength.planner.domain;

public enum ExerciseStatus { ACTIVE, RETIRED }
