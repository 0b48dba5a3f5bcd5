package dev.runstrength.planner.service;

/** What made the planner issue a plan: a new profile, or a progression update from tracking. */
public enum PlanTrigger {
    PROFILE, PROGRESSION
}
