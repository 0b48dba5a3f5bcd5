package dev.runstrength.tracking.domain;

public enum ExerciseStatus {
    ACTIVE, RETIRED
}
