package dev.runstrength.dose;

/**
 * An exercise's reference dose from the catalogue, with what dosing needs to know about the exercise:
 * a rep range ({@code repsMin}-{@code repsMax}) or a hold, the reference load, whether load is how it
 * progresses, and the implement that carries the load. When both a rep range and a hold are given the
 * reps win; a lone repsMin or repsMax stands for both ends.
 */
public record CatalogueDose(Integer repsMin, Integer repsMax, Integer holdSeconds, Double loadKg, boolean loadable,
                            Implement implement) {

    public CatalogueDose {
        if (repsMin == null && repsMax != null) {
            repsMin = repsMax;
        }
        if (repsMax == null && repsMin != null) {
            repsMax = repsMin;
        }
        if (repsMin != null) {
            holdSeconds = null;
            if (repsMin < 1 || repsMax < repsMin) {
                throw new IllegalArgumentException("rep range " + repsMin + "-" + repsMax + " is not valid");
            }
        } else if (holdSeconds == null) {
            throw new IllegalArgumentException("one of repsMin/repsMax and holdSeconds is required");
        } else if (holdSeconds < 1) {
            throw new IllegalArgumentException("holdSeconds must be positive, was " + holdSeconds);
        }
        loadKg = loadKg == null || loadKg <= 0 ? null : loadKg;
        implement = implement == null ? Implement.ANY : implement;
    }

    /** A body-weight exercise over a rep range. */
    public static CatalogueDose reps(int repsMin, int repsMax) {
        return new CatalogueDose(repsMin, repsMax, null, null, false, Implement.ANY);
    }

    /** A body-weight hold. */
    public static CatalogueDose hold(int seconds) {
        return new CatalogueDose(null, null, seconds, null, false, Implement.ANY);
    }

    /** The same exercise, progressed by load on this implement, with this reference load (or none). */
    public CatalogueDose loadedWith(Implement by, Double kg) {
        return new CatalogueDose(repsMin, repsMax, holdSeconds, kg, true, by);
    }

    public boolean countsHold() {
        return repsMin == null;
    }

    public DoseRange range() {
        return DoseRange.of(this);
    }
}
