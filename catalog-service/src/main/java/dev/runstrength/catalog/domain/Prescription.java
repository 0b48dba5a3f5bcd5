package dev.runstrength.catalog.domain;

/**
 * The catalogue's reference dose. Exactly one of the reps range (repsMin and repsMax) or
 * holdSeconds is set; loadKg is the total external load, set only for loadable exercises.
 */
public record Prescription(
        int sets,
        Integer repsMin,
        Integer repsMax,
        Integer holdSeconds,
        boolean perSide,
        String tempo,
        int restSeconds,
        Double loadKg) {

    public boolean holdBased() {
        return holdSeconds != null;
    }
}
