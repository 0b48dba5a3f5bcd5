package dev.runstrength.contracts.model;

public enum ExerciseStatus {
    ACTIVE, RETIRED
}
