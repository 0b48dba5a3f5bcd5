package dev.runstrength.planner.domain;

/**
 * Where an exercise would be prescribed: a block of a kind of session, and the training phase of the
 * first week that session is used in (PEAK and TAPER bring in nothing new; DOMAIN rule 10).
 */
public record Placement(SessionKind kind, TrainingPhase firstPhase, BlockPhase block) {
}
