package dev.runstrength.planner.service;

/** Fired when a plan is stored and in the outbox; observers after the commit see only plans that stayed. */
public record PlanIssued(String runnerId, PlanTrigger trigger) {
}
