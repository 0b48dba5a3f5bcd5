package dev.runstrength.catalog.domain;

/** A retired exercise stays readable but is no longer prescribed or linked from active ones. */
public enum ExerciseStatus {
    ACTIVE, RETIRED
}
