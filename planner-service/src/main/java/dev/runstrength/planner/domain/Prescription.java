package dev.runstrength.planner.domain;

/** A runner-specific dose for one exercise (progression state); exactly one of reps and holdSeconds is set. */
public record Prescription(String exerciseId, int sets, Integer reps, Integer holdSeconds, Double loadKg) {
}
