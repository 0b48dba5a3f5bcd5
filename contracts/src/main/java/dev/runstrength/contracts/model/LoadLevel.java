package dev.runstrength.contracts.model;

/**
 * How much an exercise loads one pain area (contract v1.1, exercise {@code loads}), in the terms of the
 * planner's pain rule: LOW stays usable while the area hurts, MODERATE only with mild pain and under the
 * pain-monitoring caution, HIGH not while the area hurts at 3/10 or more.
 */
public enum LoadLevel {
    LOW, MODERATE, HIGH
}
