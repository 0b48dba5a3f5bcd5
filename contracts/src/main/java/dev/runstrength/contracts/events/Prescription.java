package dev.runstrength.contracts.events;

/** A runner's current dose of one exercise, as tracking reports it. */
public record Prescription(String exerciseId, int sets, Integer reps, Integer holdSeconds, Double loadKg) {
}
