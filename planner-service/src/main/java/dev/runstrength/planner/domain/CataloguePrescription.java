package dev.runstrength.planner.domain;

/**
 * The catalogue's reference dose. Exactly one of (repsMin and repsMax) or holdSeconds is set.
 */
public record CataloguePrescription(
        int sets,
        Integer repsMin,
        Integer repsMax,
        Integer holdSeconds,
        boolean perSide,
        String tempo,
        int restSeconds,
        Double loadKg) {

    public CataloguePrescription {
        boolean reps = repsMin != null && repsMax != null;
        if (reps == (holdSeconds != null)) {
            throw new IllegalArgumentException("exactly one of repsMin+repsMax and holdSeconds must be set");
        }
        if (reps && (repsMin < 1 || repsMax < repsMin)) {
            throw new IllegalArgumentException("rep range " + repsMin + "-" + repsMax + " is not valid");
        }
        if (holdSeconds != null && holdSeconds < 1) {
            throw new IllegalArgumentException("holdSeconds must be positive");
        }
        if (restSeconds < 0) {
            throw new IllegalArgumentException("restSeconds must not be negative");
        }
    }

    public boolean isHold() {
        return holdSeconds != null;
    }
}
