package dev.runstrength.planner.service;

import dev.runstrength.contracts.events.TrainingPlan;
import java.time.LocalDate;

/** A plan as published, with the first day of the block its calendar counts from (stored, not published). */
public record DraftedPlan(TrainingPlan plan, LocalDate blockStart) {
}
