package dev.runstrength.planner.domain;

public enum Impact { NONE, LOW, HIGH }
