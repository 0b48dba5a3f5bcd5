package dev.runstrength.contracts.model;

/** What the runner trains for; drives the emphasis of the plan. */
public enum Goal {
    GENERAL_FITNESS, SPEED, ENDURANCE, INJURY_RESILIENCE, TRAIL
}
